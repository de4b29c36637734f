-- CreateEnum
CREATE TYPE "SkuStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATING', 'FAILED', 'WRITING', 'DONE');

-- CreateEnum
CREATE TYPE "TradeDirection" AS ENUM ('EXPORT', 'IMPORT');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('PLATFORM', 'LOGISTICS', 'OVERSEAS_WAREHOUSE', 'PAYMENT', 'COMPLIANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'CANCELLED');

-- CreateTable
CREATE TABLE "Sku" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL DEFAULT '',
    "nameEn" TEXT NOT NULL DEFAULT '',
    "hsCode" TEXT NOT NULL,
    "hsChapter" TEXT NOT NULL,
    "originCountry" TEXT NOT NULL DEFAULT 'CN',
    "unitPriceMinor" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "weightGrams" INTEGER NOT NULL,
    "status" "SkuStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkuStock" (
    "skuId" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkuStock_pkey" PRIMARY KEY ("skuId","warehouseId")
);

-- CreateTable
CREATE TABLE "StockChange" (
    "id" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "warehouseId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "quantityAfter" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkuMarket" (
    "skuId" TEXT NOT NULL,
    "country" TEXT NOT NULL,

    CONSTRAINT "SkuMarket_pkey" PRIMARY KEY ("skuId","country")
);

-- CreateTable
CREATE TABLE "SkuPlatform" (
    "skuId" TEXT NOT NULL,
    "platformId" TEXT NOT NULL,

    CONSTRAINT "SkuPlatform_pkey" PRIMARY KEY ("skuId","platformId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "validatedRows" INTEGER NOT NULL DEFAULT 0,
    "writtenRows" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "errorReport" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Declaration" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "declaredOn" TIMESTAMP(3) NOT NULL,
    "month" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "direction" "TradeDirection" NOT NULL,
    "country" TEXT NOT NULL,
    "valueMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "valueFen" BIGINT NOT NULL,
    "platformId" TEXT,
    "hsChapter" TEXT,
    "reference" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationRollup" (
    "month" TEXT NOT NULL,
    "parkId" TEXT NOT NULL,
    "customsMode" TEXT NOT NULL,
    "direction" "TradeDirection" NOT NULL,
    "country" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "valueFen" BIGINT NOT NULL,

    CONSTRAINT "DeclarationRollup_pkey" PRIMARY KEY ("month","parkId","customsMode","direction","country")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "month" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "cnyPerUnitMicros" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("month","currency")
);

-- CreateTable
CREATE TABLE "OfficialStat" (
    "zoneId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "valueFen" BIGINT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialStat_pkey" PRIMARY KEY ("zoneId","month")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "zoneId" TEXT,
    "unit" TEXT NOT NULL,
    "targetValue" BIGINT NOT NULL,
    "baselineValue" BIGINT NOT NULL,
    "baselineYear" INTEGER NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "reportedValue" BIGINT,
    "reportedAt" TIMESTAMP(3),
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "platformId" TEXT,
    "markets" TEXT NOT NULL DEFAULT '',
    "hsChapters" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "belt" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venueZh" TEXT NOT NULL DEFAULT '',
    "venueEn" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "signupDeadline" TIMESTAMP(3) NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","partnerId")
);

-- CreateTable
CREATE TABLE "Signup" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "attendeeNames" TEXT NOT NULL,
    "status" "SignupStatus" NOT NULL,
    "waitlistSeq" INTEGER,
    "createdById" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignupInterest" (
    "signupId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,

    CONSTRAINT "SignupInterest_pkey" PRIMARY KEY ("signupId","partnerId")
);

-- CreateIndex
CREATE INDEX "Sku_merchantId_status_code_idx" ON "Sku"("merchantId", "status", "code");

-- CreateIndex
CREATE INDEX "Sku_merchantId_hsChapter_idx" ON "Sku"("merchantId", "hsChapter");

-- CreateIndex
CREATE UNIQUE INDEX "Sku_merchantId_code_key" ON "Sku"("merchantId", "code");

-- CreateIndex
CREATE INDEX "SkuStock_warehouseId_idx" ON "SkuStock"("warehouseId");

-- CreateIndex
CREATE INDEX "StockChange_skuId_createdAt_idx" ON "StockChange"("skuId", "createdAt");

-- CreateIndex
CREATE INDEX "SkuMarket_country_idx" ON "SkuMarket"("country");

-- CreateIndex
CREATE INDEX "SkuPlatform_platformId_idx" ON "SkuPlatform"("platformId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_merchantId_idx" ON "ApiToken"("merchantId");

-- CreateIndex
CREATE INDEX "ImportJob_merchantId_createdAt_idx" ON "ImportJob"("merchantId", "createdAt");

-- CreateIndex
CREATE INDEX "Declaration_merchantId_declaredOn_idx" ON "Declaration"("merchantId", "declaredOn");

-- CreateIndex
CREATE INDEX "Declaration_month_idx" ON "Declaration"("month");

-- CreateIndex
CREATE INDEX "DeclarationRollup_parkId_month_idx" ON "DeclarationRollup"("parkId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_code_key" ON "Goal"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Signup_eventId_status_waitlistSeq_idx" ON "Signup"("eventId", "status", "waitlistSeq");

-- CreateIndex
CREATE UNIQUE INDEX "Signup_eventId_merchantId_key" ON "Signup"("eventId", "merchantId");

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuStock" ADD CONSTRAINT "SkuStock_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuStock" ADD CONSTRAINT "SkuStock_warehouseId_fkey" FOREIGN KEY ("warehouseId") REFERENCES "Warehouse"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockChange" ADD CONSTRAINT "StockChange_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuMarket" ADD CONSTRAINT "SkuMarket_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuPlatform" ADD CONSTRAINT "SkuPlatform_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkuPlatform" ADD CONSTRAINT "SkuPlatform_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "Platform"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signup" ADD CONSTRAINT "Signup_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignupInterest" ADD CONSTRAINT "SignupInterest_signupId_fkey" FOREIGN KEY ("signupId") REFERENCES "Signup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignupInterest" ADD CONSTRAINT "SignupInterest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
