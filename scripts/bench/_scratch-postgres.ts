// A scratch PostgreSQL database for one benchmark run: created on the server
// BENCH_POSTGRES_URL names, handed to `run`, and dropped afterwards whatever
// happens. Shared by the dashboard and SKU benchmarks.
import pg from "pg";

export async function withScratchPostgres(server: string, run: (url: string) => Promise<void> | void): Promise<void> {
  const name = `cbec_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(server);
    url.pathname = `/${name}`;
    await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
