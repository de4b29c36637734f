-- AlterTable
ALTER TABLE "Signup" ADD COLUMN "reminderSentAt" DATETIME;

-- CreateTable
CREATE TABLE "EventFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "partnerId" TEXT,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventFollowUp_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventFollowUp_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventFollowUp_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Sku" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "lowStockThreshold" INTEGER NOT NULL DEFAULT 10,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Sku_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Sku" ("code", "createdAt", "currency", "hsChapter", "hsCode", "id", "merchantId", "nameEn", "nameZh", "originCountry", "status", "unitPriceMinor", "updatedAt", "weightGrams") SELECT "code", "createdAt", "currency", "hsChapter", "hsCode", "id", "merchantId", "nameEn", "nameZh", "originCountry", "status", "unitPriceMinor", "updatedAt", "weightGrams" FROM "Sku";
DROP TABLE "Sku";
ALTER TABLE "new_Sku" RENAME TO "Sku";
CREATE INDEX "Sku_merchantId_status_code_idx" ON "Sku"("merchantId", "status", "code");
CREATE INDEX "Sku_merchantId_hsChapter_idx" ON "Sku"("merchantId", "hsChapter");
CREATE UNIQUE INDEX "Sku_merchantId_code_key" ON "Sku"("merchantId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EventFollowUp_eventId_createdAt_idx" ON "EventFollowUp"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "EventFollowUp_merchantId_idx" ON "EventFollowUp"("merchantId");
