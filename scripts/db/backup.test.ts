import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { deployMigrations } from "@/lib/db/migration-engine.mjs";
import { databaseUrl, templateDatabaseName, withDatabase } from "@/lib/testing/test-databases";

const root = path.resolve(__dirname, "../..");

function run(script: "backup" | "restore", args: string[], url: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, `scripts/db/${script}.ts`), ...args],
    { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

// The files of this test, SQLite databases and backups, on SQLite and PostgreSQL runs alike.
const dir = mkdtempSync(path.join(os.tmpdir(), "cbec-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scratch = (name: string) => path.join(dir, `${name}-${randomUUID().slice(0, 8)}`);

async function writeEntries(db: Db, actions: string[]) {
  for (const action of actions) {
    await db.auditLog.create({ data: { action, entityType: "Test", entityId: action } });
  }
}
const actions = async (db: Db) =>
  (await db.auditLog.findMany({ orderBy: { action: "asc" }, select: { action: true } })).map((r) => r.action);

async function signedInUser(db: Db) {
  const user = await db.user.create({
    data: { email: `${randomUUID()}@example.com`, name: "Backup", passwordHash: "x", role: "STAFF" },
  });
  await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
}

async function sqliteDatabase() {
  const file = `${scratch("live")}.db`;
  await deployMigrations(`file:${file}`);
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.close();
  return file;
}

describe("npm run db:backup and db:restore on SQLite", () => {
  it("round-trips: a backup taken while another connection writes restores the rows as they were at backup time", async () => {
    const file = await sqliteDatabase();
    const url = `file:${file}`;
    const db = createPrismaClient(url);
    try {
      await writeEntries(db, ["a.one", "a.two", "a.three"]);
      await signedInUser(db);
      // Another process of the portal is in the middle of a write while the backup runs.
      const writer = new Database(file);
      writer.exec("BEGIN IMMEDIATE");
      writer
        .prepare(`INSERT INTO "AuditLog" (id, action, entityType, entityId) VALUES (?, 'b.uncommitted', 'Test', 'x')`)
        .run(randomUUID());
      const out = `${scratch("backup")}.db`;
      const backup = run("backup", ["--out", out], url);
      writer.exec("COMMIT");
      writer.close();
      expect(backup.out).toMatch(/Backed up the sqlite database to /);
      expect(backup.code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);

      // Work goes on after the backup.
      await db.auditLog.deleteMany({ where: { action: "a.two" } });
      await writeEntries(db, ["c.after"]);
      expect(await actions(db)).toEqual(["a.one", "a.three", "b.uncommitted", "c.after"]);

      const unconfirmed = run("restore", [out], url);
      expect(unconfirmed.code).toBe(1);
      expect(unconfirmed.out).toMatch(/--yes/);
      expect(await actions(db)).toEqual(["a.one", "a.three", "b.uncommitted", "c.after"]);

      const restored = run("restore", [out, "--yes"], url);
      expect(restored.out).toMatch(/Restored .* every session was ended/);
      expect(restored.code).toBe(0);
      // The connection that stayed open reads the restored rows.
      expect(await actions(db)).toEqual(["a.one", "a.three", "a.two"]);
      // A session revoked after the backup must not come back: a restore ends them all.
      expect(await db.session.count()).toBe(0);
      expect(await db.user.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a file that is not a backup of this portal, and changes nothing", async () => {
    const file = await sqliteDatabase();
    const url = `file:${file}`;
    const db = createPrismaClient(url);
    try {
      await writeEntries(db, ["kept"]);
      const text = `${scratch("notes")}.db`;
      writeFileSync(text, "not a database at all, just some text that is long enough to have a header");
      const other = `${scratch("other")}.db`;
      new Database(other).exec("CREATE TABLE t (x)");
      const newer = `${scratch("newer")}.db`;
      expect(run("backup", ["--out", newer], url).code).toBe(0);
      const conn = new Database(newer);
      conn
        .prepare(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, started_at, applied_steps_count)
           VALUES ('x', 'x', '29991231000000_from_the_future', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
        )
        .run();
      conn.close();

      expect(run("restore", [text, "--yes"], url).out).toMatch(/is not a readable SQLite database/);
      expect(run("restore", [other, "--yes"], url).out).toMatch(/no _prisma_migrations rows/);
      const future = run("restore", [newer, "--yes"], url);
      expect(future.code).toBe(1);
      expect(future.out).toMatch(/migrations this code does not know \(29991231000000_from_the_future\)/);
      expect(await actions(db)).toEqual(["kept"]);
    } finally {
      await db.$disconnect();
    }
  });
});

const pgBase = process.env.TEST_POSTGRES_URL;
const hasPgDump = spawnSync("pg_dump", ["--version"]).status === 0;

describe("npm run db:backup and db:restore on PostgreSQL", () => {
  it.runIf(pgBase && hasPgDump)("round-trips through pg_dump and pg_restore in a scratch database", async () => {
    const name = `cbec_backup_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    await withDatabase(pgBase!, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`));
    const url = databaseUrl(pgBase!, name);
    const db = createPrismaClient(url);
    try {
      await writeEntries(db, ["a.one", "a.two", "a.three"]);
      await signedInUser(db);
      const writer = new pg.Client({ connectionString: url });
      await writer.connect();
      await writer.query("BEGIN");
      await writer.query(
        `INSERT INTO "AuditLog" (id, action, "entityType", "entityId") VALUES ($1, 'b.uncommitted', 'Test', 'x')`,
        [randomUUID()],
      );
      const out = `${scratch("backup")}.dump`;
      const backup = run("backup", ["--out", out], url);
      await writer.query("COMMIT");
      await writer.end();
      expect(backup.out).toMatch(/Backed up the postgresql database to /);
      expect(statSync(out).mode & 0o777).toBe(0o600);

      await db.auditLog.deleteMany({ where: { action: "a.two" } });
      await writeEntries(db, ["c.after"]);
      expect(run("restore", [out], url).code).toBe(1);
      expect(await actions(db)).toEqual(["a.one", "a.three", "b.uncommitted", "c.after"]);

      const restored = run("restore", [out, "--yes"], url);
      expect(restored.out).toMatch(/Restored .* every session was ended/);
      expect(restored.code).toBe(0);
      expect(await actions(db)).toEqual(["a.one", "a.three", "a.two"]);
      expect(await db.session.count()).toBe(0);
    } finally {
      await db.$disconnect();
      await withDatabase(pgBase!, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  });

  it("passes the URL's password to the client tools in the environment, never on the command line", async () => {
    const { postgresEnv } = await import("./backup-files");
    const env = postgresEnv("postgres://cbec:s%40cret@db.internal:6543/portal?sslmode=require");
    expect(env).toMatchObject({
      PGHOST: "db.internal",
      PGPORT: "6543",
      PGDATABASE: "portal",
      PGUSER: "cbec",
      PGPASSWORD: "s@cret",
      PGSSLMODE: "require",
    });
  });
});
