import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { runScript } from "@/lib/testing/run-script";

const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => seedDemo(db, { passwordHash: "not-used-here" }));
afterAll(() => db.$disconnect());

const reset = (args: string[]) => runScript("scripts/db/reset-second-factor.ts", args);

describe("npm run db:reset-second-factor", () => {
  it("resets the operator's two-step sign-in and says what it did, then refuses an unknown address", async () => {
    const done = reset(["operator@example.com"]);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Two-step sign-in reset for operator@example\.com: authenticator removed, /m);
    expect(done.out).toMatch(/sent to enrol a second factor again/);
    const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
    expect(operator.totpEnabledAt).toBeNull();

    const unknown = reset(["nobody@example.com"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/no account has the email nobody@example\.com\. Nothing was changed\./);
  });

  it("explains its usage", () => {
    for (const args of [[], ["a@example.com", "b@example.com"], ["--email"]]) {
      const run = reset(args);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(/Usage: npm run db:reset-second-factor -- <email>/);
    }
  });
});
