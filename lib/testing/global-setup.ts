// Builds one migrated template database per run; every test file then gets a
// fresh copy of it (setup-db.ts). SQLite by default, PostgreSQL when
// TEST_POSTGRES_URL is set.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { deployMigrations } from "../db/migration-engine.mjs";
import { withDatabase, templateDatabaseName, testRunDir } from "./test-databases";

// Each Vitest project (see vitest.config.ts) runs the global setup; they share
// one template, built by whichever comes first and removed after the last.
type Shared = { ready: Promise<() => unknown>; users: number };
const shared = globalThis as typeof globalThis & { __cbecTemplate?: Shared };

export default async function globalSetup() {
  const state = (shared.__cbecTemplate ??= { ready: buildTemplate(), users: 0 });
  state.users += 1;
  const teardown = await state.ready;
  return async () => {
    state.users -= 1;
    if (state.users === 0) {
      delete shared.__cbecTemplate;
      await teardown();
    }
  };
}

async function buildTemplate(): Promise<() => unknown> {
  // Test workers are forked after this and inherit the id.
  process.env.VITEST_RUN_ID ??= String(process.pid);
  // The sign-in module has no fallback secret (lib/server/auth/auth-secret.ts): each run signs with its own.
  process.env.AUTH_SECRET ||= randomBytes(32).toString("hex");
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
