import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD, seedDemo } from "@/lib/seed/demo";
import { DEMO_EMAILS, hasDemoAccounts } from "./demo-accounts";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("hasDemoAccounts", () => {
  it("is false without demo data, even with real accounts", async () => {
    expect(await hasDemoAccounts(db)).toBe(false);
    await db.user.create({
      data: { email: "wang.min@commerce.cq.gov.cn", name: "王敏", passwordHash: "x", role: "STAFF" },
    });
    expect(await hasDemoAccounts(db)).toBe(false);
  });

  it("is true once the demo data is seeded", async () => {
    await seedDemo(db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    expect(await hasDemoAccounts(db)).toBe(true);
  });

  it("stays true while any one demo account is left", async () => {
    await db.user.deleteMany({ where: { email: { in: DEMO_EMAILS.slice(1) } } });
    expect(await hasDemoAccounts(db)).toBe(true);
  });
});
