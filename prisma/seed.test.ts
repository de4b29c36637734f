import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";

const root = path.resolve(__dirname, "..");

function runSeed(env: Record<string, string>) {
  try {
    const out = execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "prisma/seed.ts")],
      {
        env: { ...process.env, ...env },
        encoding: "utf8",
        stdio: "pipe",
      },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}

describe("npm run db:seed", () => {
  it("refuses to create the demo accounts when DEMO_DATA=off", async () => {
    const result = runSeed({ DATABASE_URL: process.env.DATABASE_URL!, DEMO_DATA: "off" });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/refusing to create the demo accounts/);
    const db = createPrismaClient(process.env.DATABASE_URL!);
    expect(await db.user.count()).toBe(0);
    await db.$disconnect();
  });

  it("refuses a configured database (PostgreSQL here) without DEMO_DATA=on, before connecting to it", () => {
    // Nothing listens on port 1: the refusal has to come before any connection.
    for (const DEMO_DATA of ["", "auto"]) {
      const result = runSeed({ DATABASE_URL: "postgres://cbec:secret@127.0.0.1:1/cbec", DEMO_DATA });
      expect(result.code).toBe(1);
      expect(result.out).toMatch(/DATABASE_URL is set: refusing to create the demo accounts .* unless DEMO_DATA=on/);
    }
  });

  it("refuses a configured SQLite file without DEMO_DATA=on and leaves it empty", async () => {
    const result = runSeed({ DATABASE_URL: process.env.DATABASE_URL!, DEMO_DATA: "auto" });
    expect(result.code).toBe(1);
    const db = createPrismaClient(process.env.DATABASE_URL!);
    expect(await db.user.count()).toBe(0);
    await db.$disconnect();
  });

  it("seeds an empty database once with DEMO_DATA=on, then does nothing", async () => {
    const first = runSeed({ DATABASE_URL: process.env.DATABASE_URL!, DEMO_DATA: "on" });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Demo data seeded/);
    const second = runSeed({ DATABASE_URL: process.env.DATABASE_URL!, DEMO_DATA: "on" });
    expect(second.out).toMatch(/already present/);
    const db = createPrismaClient(process.env.DATABASE_URL!);
    expect(await db.user.count({ where: { email: "staff@example.com" } })).toBe(1);
    await db.$disconnect();
  });
});
