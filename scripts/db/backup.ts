// `npm run db:backup [-- --out <file>]`: a consistent copy of DATABASE_URL,
// safe while the portal runs. SQLite: SQLite's online backup API (through
// better-sqlite3), which copies a snapshot page by page and starts over if
// another connection writes meanwhile. PostgreSQL: `pg_dump -Fc`, one
// snapshot transaction. The file goes to data/backups/ (folder 0700, file
// 0600) unless --out names one; it is written beside its final name and
// renamed, so a half-written backup never carries a backup's name.
import { renameSync, rmSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { sqliteUrl } from "@/lib/db/migration-engine.mjs";
import { EnvError, parseEnv } from "@/lib/env";
import { databaseProvider, postgresEnv, prepareBackupPath, runPgTool, runScript, UsageError } from "./backup-files";

const USAGE = "Usage: npm run db:backup [-- --out <file>]";

// Every file this creates is the owner's alone.
process.umask(0o077);

await runScript(async () => {
  let args;
  try {
    args = parseArgs({ options: { out: { type: "string" } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) throw new UsageError(error.message);
    throw error;
  }
  const url = env.DATABASE_URL;
  const provider = databaseProvider(url);
  const file = prepareBackupPath(provider, args.values.out);
  const partial = `${file}.partial`;
  const started = Date.now();
  try {
    if (provider === "sqlite") {
      const source = sqliteUrl(url).slice("file:".length);
      let db;
      try {
        db = new Database(source, { fileMustExist: true });
      } catch {
        throw new UsageError(`No SQLite database at ${source}. Nothing was backed up.`);
      }
      try {
        await db.backup(partial);
      } finally {
        db.close();
      }
    } else {
      runPgTool("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`], postgresEnv(url));
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  const size = statSync(file).size;
  console.log(`Backed up the ${provider} database to ${file} (${size} bytes, ${Date.now() - started} ms).`);
});
