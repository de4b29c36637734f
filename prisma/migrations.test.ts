// Fails when prisma/schema.prisma and either migration history disagree.
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createScript, deployMigrations, liveDrift } from "../lib/db/migration-engine.mjs";
import { derivePostgresSchema, providers } from "../lib/db/schemas.mjs";
import { describePostgres } from "@/lib/testing/postgres-catalog";
import { databaseUrl, withDatabase } from "@/lib/testing/test-databases";

const source = readFileSync(providers.sqlite.schema, "utf8");

describe("migration histories", () => {
  it("the PostgreSQL schema is derived from the source schema", () => {
    expect(readFileSync(providers.postgresql.schema, "utf8")).toBe(derivePostgresSchema(source));
  });

  it("each history's snapshot is the current schema (run `npm run db:migrate -- <name>` after changing it)", () => {
    expect(readFileSync(path.join(providers.sqlite.migrations, "schema.snapshot.prisma"), "utf8")).toBe(source);
    expect(readFileSync(path.join(providers.postgresql.migrations, "schema.snapshot.prisma"), "utf8")).toBe(
      derivePostgresSchema(source),
    );
  });

  it("the SQLite history, applied to an empty database, is exactly the schema", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cbec-migrations-"));
    try {
      const url = `file:${path.join(dir, "check.db")}`;
      const applied = await deployMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await liveDrift(url)).toBe("");
      // Applying again is a no-op.
      expect(await deployMigrations(url)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(process.env.TEST_POSTGRES_URL)("the PostgreSQL history builds the same database as the schema", async () => {
    const base = process.env.TEST_POSTGRES_URL!;
    const suffix = randomUUID().replace(/-/g, "").slice(0, 10);
    const [fromHistory, fromSchema] = [`cbec_mig_h_${suffix}`, `cbec_mig_s_${suffix}`];
    await withDatabase(base, async (c) => {
      await c.query(`CREATE DATABASE "${fromHistory}"`);
      await c.query(`CREATE DATABASE "${fromSchema}"`);
    });
    try {
      await deployMigrations(databaseUrl(base, fromHistory));
      const script = await createScript(databaseUrl(base, fromSchema));
      await withDatabase(databaseUrl(base, fromSchema), (c) => c.query(script));
      const [a, b] = await Promise.all([
        describePostgres(databaseUrl(base, fromHistory)),
        describePostgres(databaseUrl(base, fromSchema)),
      ]);
      expect(a.length).toBeGreaterThan(20);
      expect(a).toEqual(b);
    } finally {
      await withDatabase(base, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${fromHistory}" WITH (FORCE)`);
        await c.query(`DROP DATABASE IF EXISTS "${fromSchema}" WITH (FORCE)`);
      });
    }
  });
});
