// A signup id comes from a form: a forged one (a NUL byte, which PostgreSQL
// refuses in a query) must find nothing rather than raise a database error.
// Run on PostgreSQL in CI, where it matters.
import { afterAll, beforeAll, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const { signUp } = await import("./sign-up");
const { withdrawSignup } = await import("./withdraw-signup");

let actor = { userId: "", merchantId: "" };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const park = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
  actor = await makeMerchant(db, { parkId: park.id });
  const event = await makeEvent(db);
  expect((await signUp(db, actor, event.slug, { attendees: ["李四"], partnerIds: [] })).ok).toBe(true);
});
afterAll(() => db.$disconnect());

// Found by the fuzzer (app/fuzz/server-actions.test.ts) on PostgreSQL.
it("finds no signup by a malformed id, without a database error, and withdraws nothing", async () => {
  for (const id of ["\u0000", "abc\u0000", "x".repeat(65), "../.."]) {
    expect(await withdrawSignup(db, actor, id)).toMatchObject({ ok: false });
  }
  expect(await db.signup.count({ where: { status: "CONFIRMED" } })).toBe(1);
});
