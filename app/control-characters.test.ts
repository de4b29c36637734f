import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent } = await import("@/lib/testing/event-fixtures");
const { setSkuStatus } = await import("@/lib/server/skus/archive-sku");
const { reviewAction } = await import("@/app/admin/merchants/[id]/actions");
const { changeStatusAction } = await import("@/app/admin/events/[id]/actions");
const { createTokenAction, revokeTokenAction } = await import("@/app/merchant/(approved)/settings/api/actions");
const { hashPassword } = await import("@/lib/server/auth/password");

/** The demo accounts' password here: a token is made only with it typed again. */
const PASSWORD = "demo accounts passphrase";

// Free text from forms refuses control characters with the reader's message and
// changes nothing; ids from forms that cannot be ids find nothing. On
// PostgreSQL a NUL reaching the database was a 500.
const NUL = "\u0000";
const CONTROL = "This contains control characters that cannot be saved; remove them and try again.";
const ids: Record<string, string> = {};
beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  for (const email of ["staff@example.com", "merchant@example.com", "pending@example.com"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { membership: true } });
    ids[email] = user.id;
    if (user.membership) ids[`${email}:merchant`] = user.membership.merchantId;
  }
});
afterAll(() => db.$disconnect());

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};

describe("control characters in free text", () => {
  it("are refused in a review decision's reason, and the merchant stays as it was", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const merchantId = ids["pending@example.com:merchant"];
    const state = await reviewAction({}, form({ merchantId, decision: "reject", reason: `营业执照${NUL}不符` }));
    expect(state.fieldErrors).toEqual({ reason: CONTROL });
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).verificationStatus).toBe("PENDING");
  });

  it("are refused in an event cancellation's reason, and the event stays published", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const event = await makeEvent(db);
    const state = await changeStatusAction(
      {},
      form({ eventId: event.id, transition: "cancel", reason: `场地${NUL}变更` }),
    );
    expect(state.fieldErrors).toEqual({ reason: CONTROL });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("PUBLISHED");
  });

  it("are refused in an API token's name, and no token is made", async () => {
    sessionStub.userId = ids["merchant@example.com"];
    const before = await db.apiToken.count();
    const state = await createTokenAction({}, form({ name: `ERP${NUL}`, currentPassword: PASSWORD }));
    expect(state.fieldErrors).toEqual({ name: CONTROL });
    expect(await db.apiToken.count()).toBe(before);
  });
});

describe("ids that cannot be ids", () => {
  it("find nothing when revoking a token", async () => {
    sessionStub.userId = ids["merchant@example.com"];
    const state = await revokeTokenAction({}, form({ tokenId: `abc${NUL}` }));
    expect(state.ok).toBe(false);
    expect(state.message).toBe("This token does not exist or is already revoked.");
  });

  it("find nothing when archiving a SKU, without a database error", async () => {
    const actor = { userId: ids["merchant@example.com"], merchantId: ids["merchant@example.com:merchant"] };
    expect(await setSkuStatus(db, actor, `sku${NUL}`, "ARCHIVED")).toEqual({ ok: false, reason: "notFound" });
    expect(await setSkuStatus(db, actor, "x".repeat(500), "ARCHIVED")).toEqual({ ok: false, reason: "notFound" });
  });
});
