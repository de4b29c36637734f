// Read replicas: with DATABASE_REPLICA_URLS, the dashboard's reads go to a
// replica and writes (and every other read) to the primary. The "replica" here
// is a second database made from the same migrated template, holding rows
// the primary does not, so that each answer shows where it was read.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, createReplicatedClients, type Db } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { databaseUrl, templateDatabaseName, testRunDir, withDatabase } from "@/lib/testing/test-databases";

const primaryUrl = process.env.DATABASE_URL!;
const pgBase = process.env.TEST_POSTGRES_URL;
const replicaName = `cbec_test_replica_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
const replicaFile = path.join(testRunDir(), `${replicaName}.db`);
let replicaUrl = "";
let replicaOnly: Db;
let primaryOnly: Db;

const zone = (code: string) => ({
  code,
  kind: "DEMONSTRATION" as const,
  status: "DESIGNATED" as const,
  nameZh: `${code}示范区`,
  nameEn: `${code} zone`,
});

beforeAll(async () => {
  if (pgBase) {
    await withDatabase(pgBase, (c) => c.query(`CREATE DATABASE "${replicaName}" TEMPLATE "${templateDatabaseName()}"`));
    replicaUrl = databaseUrl(pgBase, replicaName);
  } else {
    copyFileSync(path.join(testRunDir(), "template.db"), replicaFile);
    replicaUrl = `file:${replicaFile}`;
  }
  primaryOnly = createPrismaClient(primaryUrl);
  replicaOnly = createPrismaClient(replicaUrl);
  await primaryOnly.zone.create({ data: zone("PRIMARYONLY") });
  await replicaOnly.zone.create({ data: zone("REPLICAONLY") });
});

afterAll(async () => {
  await Promise.all([primaryOnly.$disconnect(), replicaOnly.$disconnect()]);
  if (pgBase) await withDatabase(pgBase, (c) => c.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`));
  else rmSync(replicaFile, { force: true });
});

const codes = async (db: Db) => (await db.zone.findMany({ select: { code: true } })).map((z) => z.code);

describe("read replicas (@prisma/extension-read-replicas)", () => {
  it("reads through replica() from a replica, and writes and reads through primary on the primary", async () => {
    const { primary, replica } = createReplicatedClients(primaryUrl, [replicaUrl]);
    try {
      expect(await codes(replica())).toContain("REPLICAONLY");
      expect(await codes(replica())).not.toContain("PRIMARYONLY");
      // Raw SQL through replica() is read on the replica too.
      const raw = await replica().$queryRawUnsafe<{ code: string }[]>(`SELECT "code" FROM "Zone"`);
      expect(raw.map((r) => r.code)).toContain("REPLICAONLY");
      expect(await codes(primary)).toContain("PRIMARYONLY");
      expect(await codes(primary)).not.toContain("REPLICAONLY");

      await primary.zone.create({ data: zone("WRITTEN") });
      expect(await primaryOnly.zone.count({ where: { code: "WRITTEN" } })).toBe(1);
      expect(await replicaOnly.zone.count({ where: { code: "WRITTEN" } })).toBe(0);
    } finally {
      await primary.$disconnect();
      await replica().$disconnect();
    }
  });

  it("without replicas, replica() is the primary", async () => {
    const { primary, replica } = createReplicatedClients(primaryUrl, []);
    expect(replica()).toBe(primary);
    await primary.$disconnect();
  });

  it("sends the dashboard's reads to the replica named in DATABASE_REPLICA_URLS, and other reads to the primary", async () => {
    const g = globalThis as { cbecDb?: Db; cbecReplica?: () => Db };
    const saved = { db: g.cbecDb, replica: g.cbecReplica };
    delete g.cbecDb;
    delete g.cbecReplica;
    process.env.DATABASE_REPLICA_URLS = replicaUrl;
    vi.resetModules();
    try {
      const { db } = await import("@/lib/server/db");
      const { getDashboard } = await import("@/lib/server/dashboard/get-dashboard");
      const dashboard = await getDashboard({ role: "STAFF", parkId: null }, {});
      const shown = dashboard.scope.zones.map((z) => z.code);
      expect(shown).toContain("REPLICAONLY");
      expect(shown).not.toContain("PRIMARYONLY");
      expect(await codes(db)).toContain("PRIMARYONLY");
      await db.$disconnect();
    } finally {
      delete process.env.DATABASE_REPLICA_URLS;
      // Set again by the import above (delete narrowed its type).
      const replica = (globalThis as { cbecReplica?: () => Db }).cbecReplica;
      await replica?.().$disconnect();
      g.cbecDb = saved.db;
      g.cbecReplica = saved.replica;
      vi.resetModules();
    }
  });

  it("refuses replicas of another kind than DATABASE_URL, naming the variable", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "file:./data/cbec.db", DATABASE_REPLICA_URLS: "postgres://replica.internal/cbec" }),
    ).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://db/cbec", DATABASE_REPLICA_URLS: "mysql://x" })).toThrow(
      /DATABASE_REPLICA_URLS/,
    );
    expect(
      parseEnv({ DATABASE_URL: "postgres://db/cbec", DATABASE_REPLICA_URLS: "postgres://r1/cbec, postgres://r2/cbec" })
        .DATABASE_REPLICA_URLS,
    ).toEqual(["postgres://r1/cbec", "postgres://r2/cbec"]);
  });
});
