// `npm run db:restore -- <file> --yes`: replaces DATABASE_URL's data with a
// backup made by `npm run db:backup`. It refuses without --yes (it runs
// without a terminal on servers and CI, so it never asks), and refuses a file
// that is not a backup of this portal: SQLite must pass `PRAGMA
// quick_check`, and every migration the backup records must be one this code
// has (an older backup is fine; `npm run db:deploy` brings it up to date).
//
// The restore is all or nothing. SQLite: the online backup API copies the
// file into the configured database in one write transaction, so connected
// processes see the old database or the restored one, never a mixture (a
// rename would leave them reading the old file, and a WAL file beside it
// would corrupt the new one). PostgreSQL: `pg_restore --clean --if-exists
// --single-transaction`. Afterwards every session is deleted: a session
// revoked after the backup was taken must not come back to life.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { sqliteUrl } from "@/lib/db/migration-engine.mjs";
import { EnvError, parseEnv } from "@/lib/env";
import {
  databaseProvider,
  knownMigrations,
  migrationMismatch,
  postgresEnv,
  runPgTool,
  runScript,
  UsageError,
  type BackupProvider,
} from "./backup-files";

const USAGE = "Usage: npm run db:restore -- <backup file> --yes";

await runScript(async () => {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { yes: { type: "boolean", default: false } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.positionals.length !== 1) throw new UsageError(USAGE);
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) throw new UsageError(error.message);
    throw error;
  }
  const url = env.DATABASE_URL;
  const provider = databaseProvider(url);
  const file = path.resolve(args.positionals[0]);
  if (!existsSync(file)) throw new UsageError(`No file at ${file}. Nothing was changed.`);

  const applied = provider === "sqlite" ? sqliteMigrations(file) : postgresMigrations(file, url);
  const mismatch = migrationMismatch(provider, applied);
  if (mismatch)
    throw new UsageError(`Refused: ${file} does not fit this portal's schema: ${mismatch}. Nothing was changed.`);
  const target = provider === "sqlite" ? sqliteUrl(url).slice("file:".length) : new URL(url).pathname.slice(1);
  if (!args.values.yes) {
    throw new UsageError(
      `This replaces every row of the ${provider} database ${target} with the backup ${file}.\n` +
        `Run it again with --yes to go ahead. Nothing was changed.`,
    );
  }

  const started = Date.now();
  if (provider === "sqlite") {
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(target);
    } finally {
      backup.close();
    }
    const db = new Database(target, { fileMustExist: true });
    try {
      db.prepare('DELETE FROM "Session"').run();
    } finally {
      db.close();
    }
  } else {
    const pgEnv = postgresEnv(url);
    runPgTool(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${pgEnv.PGDATABASE}`,
        file,
      ],
      pgEnv,
    );
    await endSessionsOnPostgres(url);
  }
  const pending = pendingCount(provider, applied);
  console.log(
    `Restored ${file} into the ${provider} database ${target} in ${Date.now() - started} ms; every session was ended.`,
  );
  if (pending) console.log(`The backup is ${pending} migration(s) behind this code: run npm run db:deploy next.`);
});

/** The migrations a SQLite backup records; refuses a file that is not a sound SQLite database. */
function sqliteMigrations(file: string): string[] {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(String(check));
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return [];
    return (
      db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all() as { migration_name: string }[]
    ).map((r) => r.migration_name);
  } catch (error) {
    throw new UsageError(
      `Refused: ${file} is not a readable SQLite database (${(error as Error).message}). Nothing was changed.`,
    );
  } finally {
    db?.close();
  }
}

/** The migrations a pg_dump archive records, read from its `_prisma_migrations` data without restoring it. */
function postgresMigrations(file: string, url: string): string[] {
  const env = postgresEnv(url);
  const list = runPgTool("pg_restore", ["--list", file], env);
  if (!/TABLE DATA \S+ _prisma_migrations\b/.test(list)) return [];
  const data = runPgTool("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], env);
  const copy = /^COPY \S+ \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(data);
  if (!copy) return [];
  const columns = copy[1].split(",").map((c) => c.trim().replace(/"/g, ""));
  const nameAt = columns.indexOf("migration_name");
  const finishedAt = columns.indexOf("finished_at");
  const rolledBackAt = columns.indexOf("rolled_back_at");
  return copy[2]
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\t"))
    .filter((cells) => cells[finishedAt] !== "\\N" && cells[rolledBackAt] === "\\N")
    .map((cells) => cells[nameAt])
    .sort();
}

async function endSessionsOnPostgres(url: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DELETE FROM "Session"');
  } finally {
    await client.end();
  }
}

function pendingCount(provider: BackupProvider, applied: string[]) {
  const done = new Set(applied);
  return knownMigrations(provider).filter((name) => !done.has(name)).length;
}
