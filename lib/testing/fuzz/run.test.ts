// The fuzzer's own checks: each fails a target that breaks its rule, so a
// clean fuzz run means something.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { fuzzTargets } = await import("./run");
const { badString } = await import("./arbitraries");

let userId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
});
afterAll(() => db.$disconnect());

const settle = async () => undefined;
const run = (target: Parameters<typeof fuzzTargets>[1][number]) => fuzzTargets(db, [target], { seed: 42, settle });
const notice = () => db.notification.create({ data: { userId, kind: "welcome", params: "{}" } });

describe("the fuzzer", () => {
  it("fails a target that throws, and names the error", async () => {
    const result = await run({
      key: "throws",
      runs: 5,
      arbitrary: badString,
      call: async () => {
        throw new Error("boom");
      },
    });
    expect(result.failures).toMatchObject([{ key: "throws", problem: expect.stringContaining("boom") }]);
  });

  it("takes redirect() for an answer, not an error", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    const result = await run({
      key: "redirects",
      runs: 5,
      arbitrary: fc.constant(0),
      call: async () => {
        throw redirect;
      },
    });
    expect(result).toEqual({ cases: 5, failures: [] });
  });

  it("fails a refusal that wrote anything, and names the table", async () => {
    const result = await run({
      key: "half-written",
      runs: 5,
      arbitrary: fc.constant(0),
      call: async () => {
        await notice();
        return "refused";
      },
    });
    expect(result.failures).toMatchObject([{ problem: expect.stringContaining("Notification") }]);
  });

  it("lets an accepted call write, and a refusal write what it may", async () => {
    const accepted = await run({
      key: "writes",
      runs: 3,
      arbitrary: fc.constant(0),
      call: async () => (await notice(), "accepted"),
    });
    const allowed = await run({
      key: "report",
      runs: 3,
      arbitrary: fc.constant(0),
      mayWrite: ["Notification"],
      call: async () => (await notice(), "refused"),
    });
    expect([accepted.failures, allowed.failures]).toEqual([[], []]);
  });

  it("fails an accepted call that breaks the target's invariant (another merchant's records changed)", async () => {
    const result = await run({
      key: "isolation",
      runs: 3,
      arbitrary: fc.constant(0),
      call: async () => "accepted",
      invariant: async () => "changed the other merchant's records",
    });
    expect(result.failures).toMatchObject([{ problem: "changed the other merchant's records" }]);
  });

  it("fails a target that logs an error it swallowed", async () => {
    const result = await run({
      key: "logs",
      runs: 3,
      arbitrary: fc.constant(0),
      call: async () => {
        console.error("[import] stopped");
        return "refused";
      },
    });
    expect(result.failures).toMatchObject([{ problem: expect.stringContaining("logged an error") }]);
  });
});
