import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { saveMerchantLogo } = await import("@/lib/server/merchants/logo");
const logo = await import("./route");

// A PNG's signature and a little more: enough for the upload checks.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const users: Record<string, string> = {};
let merchantId = "";
let bare = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"])
    users[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  const owner = await db.membership.findFirstOrThrow({ where: { userId: users["merchant@example.com"] } });
  merchantId = owner.merchantId;
  expect((await saveMerchantLogo(db, { userId: owner.userId, merchantId }, PNG)).ok).toBe(true);
  const member = await db.user.create({
    data: { email: "logo-member@example.com", name: "成员", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: member.id, merchantId, role: "MEMBER" } });
  users.member = member.id;
  // The owner of another approved merchant of the same park.
  const other = await db.merchant.findFirstOrThrow({
    where: {
      id: { not: merchantId },
      verificationStatus: "APPROVED",
      accountState: "ACTIVE",
      park: { code: "XIYONG" },
    },
  });
  const otherOwner = await db.user.create({
    data: { email: "logo-other@example.com", name: "他人", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: otherOwner.id, merchantId: other.id, role: "OWNER" } });
  users.otherMerchant = otherOwner.id;
  // The operator of another park.
  const elsewhere = await db.park.findFirstOrThrow({ where: { code: { not: "XIYONG" } } });
  users.otherOperator = (
    await db.user.create({
      data: {
        email: "logo-operator@example.com",
        name: "园区",
        passwordHash: "x",
        role: "PARK_OPERATOR",
        parkId: elsewhere.id,
      },
    })
  ).id;
  // A merchant with no logo: what every refused caller must be unable to tell apart.
  bare = (await db.merchant.findFirstOrThrow({ where: { id: { not: merchantId }, logo: null } })).id;
});
afterAll(() => db.$disconnect());

const get = async (who: string | null, id = merchantId) => {
  sessionStub.userId = who ? users[who] : null;
  const res = await logo.GET(new Request(`http://portal.test/api/merchants/${id}/logo`), {
    params: Promise.resolve({ id }),
  });
  return { status: res.status, body: res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : await res.text() };
};

describe("GET /api/merchants/[id]/logo", () => {
  it("shows the logo to the merchant's owner and members, commission staff and its park's operator", async () => {
    for (const who of ["merchant@example.com", "member", "staff@example.com", "operator@example.com"]) {
      const res = await get(who);
      expect(res.status, who).toBe(200);
      expect(res.body, who).toEqual(PNG);
    }
  });

  it("answers another merchant and another park's operator exactly as for a merchant without a logo", async () => {
    const none = await get("staff@example.com", bare);
    expect(none.status).toBe(404);
    for (const who of ["otherMerchant", "pending@example.com", "otherOperator"]) {
      expect(await get(who), who).toEqual(none);
    }
  });

  it("refuses a visitor", async () => {
    expect((await get(null)).status).toBe(401);
  });
});
