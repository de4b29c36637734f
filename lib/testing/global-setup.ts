// Builds one migrated template database per run; every test file then gets a
// fresh copy of it (setup-db.ts). SQLite by default, PostgreSQL when
// TEST_POSTGRES_URL is set.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { deployMigrations } from "../db/migration-engine.mjs";
import { withDatabase, templateDatabaseName, testRunDir } from "./test-databases";

export default async function globalSetup() {
  // Test workers are forked after this and inherit the id.
  process.env.VITEST_RUN_ID ??= String(process.pid);
  const pg = process.env.TEST_POSTGRES_URL;
  if (pg) {
    const name = templateDatabaseName();
    await withDatabase(pg, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      await client.query(`CREATE DATABASE "${name}"`);
    });
    await deployMigrations(replaceDatabase(pg, name));
    return async () => {
      await withDatabase(pg, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    };
  }
  const dir = testRunDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await deployMigrations(`file:${path.join(dir, "template.db")}`);
  return () => rmSync(dir, { recursive: true, force: true });
}

function replaceDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
