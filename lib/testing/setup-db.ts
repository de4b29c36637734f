// Runs before each test file: points DATABASE_URL at a fresh copy of the
// migrated template database, so test files never share state.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { databaseUrl, templateDatabaseName, testRunDir, withDatabase } from "./test-databases";

// A test file is a web node (JOB_WORKERS=0): jobs run when a test says so
// (runQueuedJobs), never on a schedule's tick in the middle of another test
// (the reminders schedule, every 15 minutes, once wrote a notice into the
// authorization matrix's "nothing was written" count).
process.env.JOB_WORKERS ??= "0";

const pgBase = process.env.TEST_POSTGRES_URL;
const id = randomUUID().replace(/-/g, "").slice(0, 12);

if (pgBase) {
  const name = `cbec_test_${id}`;
  await withDatabase(pgBase, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`));
  process.env.DATABASE_URL = databaseUrl(pgBase, name);
  afterAll(async () => {
    const g = globalThis as {
      cbecDb?: { $disconnect(): Promise<void> };
      cbecJobQueue?: Promise<{ stop(): Promise<void> }>;
    };
    // A test that queued a job (a mail) started pg-boss, whose pool would outlive the database.
    await (await g.cbecJobQueue?.catch(() => null))?.stop();
    await g.cbecDb?.$disconnect();
    await withDatabase(pgBase, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });
} else {
  const file = path.join(testRunDir(), `${id}.db`);
  copyFileSync(path.join(testRunDir(), "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
