import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { demoDataDecision } from "@/lib/seed/demo-policy.mjs";
import { prepareDatabase } from "./prepare.mjs";

// What `npm start` does with its database: decide from the raw environment, then prepare.
async function startUp(rawEnv: { DATABASE_URL?: string; DEMO_DATA?: string }, url: string) {
  const decision = demoDataDecision(rawEnv);
  await prepareDatabase(url, { demoData: decision.load ? "on" : "off", log: () => {} });
}

async function users(url: string) {
  const db = createPrismaClient(url);
  try {
    return await db.user.findMany({ select: { email: true } });
  } finally {
    await db.$disconnect();
  }
}

describe("npm start's database preparation", () => {
  it("seeds no demo account into a configured database (SQLite file or PostgreSQL) without DEMO_DATA=on", async () => {
    const url = process.env.DATABASE_URL!;
    await startUp({ DATABASE_URL: url }, url);
    await startUp({ DATABASE_URL: url, DEMO_DATA: "auto" }, url);
    expect(await users(url)).toEqual([]);
  });

  it("seeds the demo accounts when the database is the embedded default", async () => {
    const url = process.env.DATABASE_URL!;
    await startUp({}, url);
    expect((await users(url)).map((u) => u.email)).toContain("staff@example.com");
  });
});
