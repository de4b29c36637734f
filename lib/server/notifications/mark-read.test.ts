// A notification id comes from a form: a forged one (a NUL byte, which
// PostgreSQL refuses in a query) must mark nothing rather than raise a
// database error. Run on PostgreSQL in CI, where it matters.
import { afterAll, beforeAll, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { markNotificationRead } = await import("./inbox");

let userId = "";
let id = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
  id = (await db.notification.create({ data: { userId, kind: "welcome", params: "{}" } })).id;
});
afterAll(() => db.$disconnect());

// Found by the fuzzer (app/fuzz/server-actions.test.ts) on PostgreSQL.
it("marks nothing for a malformed id, without a database error; the real id still works", async () => {
  for (const bad of ["\u0000", `${id}\u0000`, "x".repeat(65)])
    expect(await markNotificationRead(userId, bad)).toBe(false);
  expect(await markNotificationRead(userId, id)).toBe(true);
});
