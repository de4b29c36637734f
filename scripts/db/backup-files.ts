// What `npm run db:backup` and `npm run db:restore` share: where backups go,
// how they are named, how the PostgreSQL client tools get the URL's
// credentials (environment, never argv), and the check that a backup belongs
// to this schema (its `_prisma_migrations` rows are migrations this code has).
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import { migrationList } from "@/lib/db/migration-engine.mjs";
import { providerFor, root } from "@/lib/db/schemas.mjs";

export type BackupProvider = "sqlite" | "postgresql";

/** The default folder: inside data/, which git ignores, readable by the owner only. */
export const DEFAULT_BACKUP_DIR = path.join(root, "data/backups");

export function databaseProvider(url: string): BackupProvider {
  return providerFor(url) as BackupProvider;
}

/** cbec-sqlite-20261130T160102Z.db, cbec-postgresql-20261130T160102Z.dump: sorted by name is sorted by time. */
export function backupFileName(provider: BackupProvider, now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return `cbec-${provider}-${stamp}.${provider === "sqlite" ? "db" : "dump"}`;
}

/** Makes the folder a backup goes into (mode 0700 when this creates it) and returns the file's path. */
export function prepareBackupPath(provider: BackupProvider, out: string | undefined, now = new Date()) {
  if (out) {
    const file = path.resolve(out);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    return file;
  }
  mkdirSync(DEFAULT_BACKUP_DIR, { recursive: true, mode: 0o700 });
  chmodSync(DEFAULT_BACKUP_DIR, 0o700);
  return path.join(DEFAULT_BACKUP_DIR, backupFileName(provider, now));
}

/** The migration names this code knows, in order. */
export function knownMigrations(provider: BackupProvider): string[] {
  return migrationList(provider).migrationDirectories.map((d: { path: string }) => d.path);
}

/**
 * Why a backup's applied migrations do not fit this code, or null when they
 * do. A backup may be older than the code (db:deploy then brings it up to
 * date) but never carry a migration the code does not have.
 */
export function migrationMismatch(provider: BackupProvider, applied: string[]): string | null {
  if (applied.length === 0) return "it has no _prisma_migrations rows: not a database of this portal";
  const known = new Set(knownMigrations(provider));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length)
    return `it has migrations this code does not know (${unknown.join(", ")}): restore it with the code that made it`;
  return null;
}

/**
 * libpq's environment for a postgres:// URL: host, port, database, user and
 * password go to the client tools as PG* variables, so the password never
 * appears in a process list.
 */
export function postgresEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost",
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, "")),
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
  };
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  for (const key of ["PGUSER", "PGPASSWORD"] as const) if (!env[key]) delete env[key];
  return env;
}

/** Runs a PostgreSQL client tool; a clear error when it is not installed. */
export function runPgTool(tool: "pg_dump" | "pg_restore", args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(tool, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new UsageError(
      `${tool} was not found. Install the PostgreSQL client tools of your server's major version ` +
        `(Debian: sudo apt-get install -y postgresql-client) and run this again.`,
    );
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new UsageError(`${tool} failed (exit ${result.status}):\n${result.stderr.trim()}`);
  return result.stdout;
}

/** A refusal or failure to report in one line, without a stack trace. */
export class UsageError extends Error {}

/** Runs a script's body: a UsageError prints its message and exits 1. */
export async function runScript(body: () => Promise<void>) {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
