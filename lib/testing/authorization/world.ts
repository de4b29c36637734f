// The callers and records of the authorization matrix (app/authorization-matrix.test.ts),
// built once per file on the demo data: every kind of caller, and merchant A's records
// (SKU, declaration, import jobs, signup, logo, invitation, token, notice) that the
// callers of other merchants and parks try to reach by id.
import type { Db } from "@/lib/db/create-client";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { newApiToken, SHOWN_PREFIX_LENGTH } from "@/lib/server/api/tokens";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { newTicketCode } from "@/lib/server/events/ticket-code";
import { CURRENT_NOTICE } from "@/lib/privacy/notice";

export const CALLERS = [
  "anonymous",
  "pending",
  "suspended",
  "owner",
  "member",
  "otherMerchant",
  "operator",
  "otherOperator",
  "staff",
] as const;
export type Caller = (typeof CALLERS)[number];

/** A PNG's first bytes: enough for the logo checks. */
export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(db: Db) {
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, include: { membership: true } });
  const [staff, operator, owner, pending] = await Promise.all(
    ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"].map(user),
  );
  const merchantId = owner.membership!.merchantId;
  const park = await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { parkId: true } });
  const otherPark = await db.park.findFirstOrThrow({ where: { id: { not: park.parkId }, code: "DAZU-LONGSHUI" } });

  const member = await db.user.create({
    data: {
      email: "matrix-member@example.com",
      name: "成员",
      passwordHash: "x",
      role: "MERCHANT",
      membership: { create: { merchantId, role: "MEMBER" } },
    },
  });
  const otherOperator = await db.user.create({
    data: {
      email: "matrix-operator@example.com",
      name: "另一园区",
      passwordHash: "x",
      role: "PARK_OPERATOR",
      parkId: otherPark.id,
      // Enrolled, as every /admin user must be (ASVS 4.3.1).
      totpEnabledAt: new Date(),
    },
  });
  const other = await makeMerchant(db, { parkId: otherPark.id });
  const suspended = await makeMerchant(db, { parkId: park.parkId, suspended: true });
  // Every caller agreed to the privacy notice in force (the demo accounts at seeding), so a page answers for
  // who they are; being asked for consent is app/(public)/consent/consent.test.ts's.
  await db.privacyConsent.createMany({
    data: [member.id, otherOperator.id, other.userId, suspended.userId].map((userId) => ({
      userId,
      noticeVersion: CURRENT_NOTICE.id,
      purpose: "REGISTRATION" as const,
    })),
  });

  // Tokens: A's and B's work; the suspended merchant's is refused (403).
  const tokenA = await createApiToken(db, { userId: owner.id, merchantId }, "matrix");
  if (!tokenA.ok) throw new Error("token A");
  const tokenFor = async (id: string) => {
    const t = newApiToken();
    await db.apiToken.create({ data: { merchantId: id, name: "matrix", prefix: t.prefix, tokenHash: t.tokenHash } });
    return t.token;
  };
  const [tokenB, tokenSuspended] = await Promise.all([tokenFor(other.merchantId), tokenFor(suspended.merchantId)]);

  const sku = await newSku(db, merchantId);
  const event = await makeEvent(db, { capacity: 20 });
  const signup = await db.signup.create({
    data: {
      eventId: event.id,
      merchantId,
      seats: 1,
      attendeeNames: JSON.stringify(["张伟"]),
      status: "CONFIRMED",
      createdById: owner.id,
    },
  });
  await db.ticket.create({
    data: { signupId: signup.id, eventId: event.id, merchantId, position: 0, name: "张伟", code: newTicketCode() },
  });
  await db.event.update({ where: { id: event.id }, data: { seatsTaken: 1 } });
  await db.merchantLogo.create({ data: { merchantId, contentType: "image/png", data: PNG } });
  const skuJob = await db.importJob.create({
    data: {
      merchantId,
      kind: "SKU",
      fileName: "skus.csv",
      status: "FAILED",
      errorReport: JSON.stringify([{ row: 2, column: "code", message: "required" }]),
    },
  });
  const declarationJob = await db.importJob.create({
    data: { merchantId, kind: "DECLARATION", fileName: "d.csv", status: "FAILED", errorReport: "line,error\n2,x\n" },
  });
  const declaration = await newDeclaration(db, merchantId, owner.id);
  const notice = await db.notification.create({
    data: { userId: owner.id, merchantId, kind: "merchant.approved" },
  });

  const a = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
  return {
    merchantId,
    uscc: a.uscc,
    /**
     * What shows merchant A's data in a page or a file: its names and USCC, its SKU's code, its
     * declaration's reference, its member's email and its API token's shown prefix.
     */
    markers: [
      a.nameZh,
      a.nameEn,
      a.uscc,
      sku.code,
      declaration.reference,
      member.email,
      tokenA.token.slice(0, SHOWN_PREFIX_LENGTH),
    ].filter(Boolean),
    parkId: park.parkId,
    otherParkId: otherPark.id,
    otherMerchantId: other.merchantId,
    users: {
      pending: pending.id,
      suspended: suspended.userId,
      owner: owner.id,
      member: member.id,
      otherMerchant: other.userId,
      operator: operator.id,
      otherOperator: otherOperator.id,
      staff: staff.id,
    } satisfies Record<Exclude<Caller, "anonymous">, string>,
    /** The ERP API's bearer token each caller holds, if any. */
    tokens: {
      owner: tokenA.token,
      member: tokenA.token,
      otherMerchant: tokenB,
      suspended: tokenSuspended,
    } as Partial<Record<Caller, string>>,
    skuId: sku.id,
    skuCode: sku.code,
    event,
    signupId: signup.id,
    skuJobId: skuJob.id,
    declarationJobId: declarationJob.id,
    declarationId: declaration.id,
    noticeId: notice.id,
  };
}

/** A SKU of the merchant, never stocked (so it can be deleted). */
export function newSku(db: Db, merchantId: string) {
  return db.sku.create({
    data: {
      merchantId,
      code: unique("MATRIX"),
      nameZh: "矩阵测试商品",
      hsCode: "8518300000",
      hsChapter: "85",
      unitPriceMinor: 12900,
      currency: "CNY",
      weightGrams: 260,
    },
  });
}

/** A declaration of the merchant, in CNY (no rate needed). */
export async function newDeclaration(db: Db, merchantId: string, userId: string) {
  const { createDeclaration } = await import("@/lib/server/declarations/create-declaration");
  const { declarationSchema } = await import("@/lib/validation/declaration");
  const values = {
    declaredOn: "2025-03-18",
    customsMode: "9610",
    direction: "EXPORT",
    country: "US",
    amount: "1000.00",
    currency: "CNY",
    platform: "amazon",
    hsChapter: "85",
    reference: unique("MATRIX"),
  };
  const created = await createDeclaration(db, { userId, merchantId }, declarationSchema("2026-11-28").parse(values));
  if (!created.ok) throw new Error(`declaration: ${JSON.stringify(created)}`);
  return { ...created, reference: values.reference };
}
