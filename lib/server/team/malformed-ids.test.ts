// Membership and invitation ids come from forms: a forged one (a NUL byte,
// which PostgreSQL refuses in a query) must find nothing rather than raise a
// database error. Run on PostgreSQL in CI, where it matters.
import { afterAll, beforeAll, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { removeMember } = await import("./remove-member");
const { revokeInvitation } = await import("./revoke-invitation");

let actor = { userId: "", merchantId: "" };
const MALFORMED = ["\u0000", "abc\u0000", "x".repeat(65), "../.."];

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  actor = { userId: owner.userId, merchantId: owner.merchantId };
});
afterAll(() => db.$disconnect());

// Found by the fuzzer (app/fuzz/server-actions.test.ts) on PostgreSQL.
it("find no member and no invitation by a malformed id, without a database error", async () => {
  const before = [await db.membership.count(), await db.invitation.count()];
  for (const id of MALFORMED) {
    expect(await removeMember(db, actor, id)).toMatchObject({ ok: false });
    expect(await revokeInvitation(db, actor, id)).toMatchObject({ ok: false });
  }
  expect([await db.membership.count(), await db.invitation.count()]).toEqual(before);
});
