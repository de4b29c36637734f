import path from "node:path";
import pg from "pg";

function runId() {
  const id = process.env.VITEST_RUN_ID;
  if (!id) throw new Error("VITEST_RUN_ID is set by lib/testing/global-setup.ts");
  return id;
}

/** Where this run's SQLite files live; one folder per vitest run. */
export function testRunDir() {
  return path.resolve(__dirname, "../../.tmp/vitest", runId());
}

export function templateDatabaseName() {
  return `cbec_test_template_${runId()}`;
}

export async function withDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function databaseUrl(base: string, name: string) {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}
