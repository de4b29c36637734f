// The whole dashboard view at 1,000,000 declarations (BENCH_DECLARATIONS to
// change it), beside the same figures read by raw SQL over the view-shaped
// rollups and by a raw scan of the declaration rows, from the same run
// (_dashboard-one.ts does the measuring): on a temporary SQLite database, and
// on a scratch PostgreSQL database when BENCH_POSTGRES_URL is set (created
// and dropped here). Bounded: fixed row counts and repetitions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withScratchPostgres } from "./_scratch-postgres";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Measures one database in a child process with the react-server condition (the view's code is server-only). */
function measure(url: string) {
  const tsx = path.join(here, "..", "..", "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["--conditions=react-server", path.join(here, "_dashboard-one.ts")], {
    stdio: "inherit",
    env: { ...process.env, BENCH_DASHBOARD_URL: url, DATABASE_URL: url },
  });
  if (run.status !== 0) throw new Error(`dashboard benchmark on ${url.split(":")[0]} failed`);
}

export default async function benchDashboard() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cbec-bench-"));
  try {
    measure(`file:${path.join(dir, "bench.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = process.env.BENCH_POSTGRES_URL;
  if (server) await withScratchPostgres(server, measure);
}
