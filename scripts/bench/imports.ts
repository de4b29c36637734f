// `npm run bench -- imports`: does the server stay responsive while imports
// run? On a scratch SQLite database with the demo data, a server process
// (scripts/bench/_imports-server.ts: the portal's health query and the real
// import queue) gets three maximum-size SKU files (49,000 rows, ~3.5 MB) from
// three merchants at once. /api/health is requested every 50 ms before (the
// baseline) and while they run; the median, p95 and max are printed with the
// import durations, with the worker-thread runner, and with
// BENCH_IMPORTS_BEFORE=1 also with the imports on the server's own thread as
// before (the comparison; it stalls for minutes). Bounded by
// fixed sizes; it measures and never fails for a slow machine.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";

const ROWS = 49_000;
const SAMPLE_MS = 50;
const BASELINE_SAMPLES = 100;
const WARM_UP = 20;
const MARKETS = ["US", "DE", "GB", "JP", "FR", "KR", "AU", "CA", "SG", "MY"];

/** A file as wide as the (49,000 rows in ~3.5 MB): code, name, HS code, origin, price, currency, weight, markets, stock. */
function skuFile(prefix: string): Buffer {
  const lines = ["SKU编码,中文名称,HS编码,原产国,单价,币种,重量（克）,目标市场,库存"];
  for (let i = 0; i < ROWS; i++) {
    const markets = `${MARKETS[i % 10]};${MARKETS[(i * 7 + 3) % 10]}`;
    const price = (1 + (i % 900) / 7).toFixed(2);
    lines.push(
      `${prefix}-${String(i).padStart(6, "0")},耳机${i},8518300000,CN,${price},CNY,60,${markets},XIYONG-B1:${(i % 50) + 1}`,
    );
  }
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/** One request over plain node:http (no connect timeout: a blocked server is measured, not dropped). */
function request(url: string, body?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body ? "POST" : "GET", agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summary({ times, failures }: { times: number[]; failures: number[] }) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    failed: failures.length,
    p50: (quantile(sorted, 0.5) ?? 0).toFixed(1),
    p95: (quantile(sorted, 0.95) ?? 0).toFixed(1),
    max: (sorted[sorted.length - 1] ?? 0).toFixed(1),
  };
}

/** Starts the server process on a database; resolves with its base URL. */
function startServer(databaseUrl: string, mode: "workers" | "inline"): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/_imports-server.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_IMPORT_MODE: mode },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ base: `http://127.0.0.1:${port}`, child });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

/** Requests /api/health every SAMPLE_MS (without waiting for the last answer) until `until` says stop. */
async function sampleHealth(base: string, until: (count: number) => boolean) {
  const times: number[] = [];
  const failures: number[] = [];
  const pending: Promise<void>[] = [];
  while (!until(pending.length)) {
    const t0 = performance.now();
    pending.push(
      request(`${base}/api/health`).then(
        () => void times.push(performance.now() - t0),
        // A server too busy to accept the connection: counted, with the time it took to give up.
        () => void failures.push(performance.now() - t0),
      ),
    );
    await pause(SAMPLE_MS);
  }
  await Promise.all(pending);
  return { times, failures };
}

type JobRow = {
  status: string;
  totalRows: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

async function run(mode: "workers" | "inline", seeded: string, dir: string, uploads: object[]) {
  const file = path.join(dir, `${mode}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  copyFileSync(seeded, file);
  const { base, child } = await startServer(`file:${file}`, mode);
  try {
    await sampleHealth(base, (n) => n >= WARM_UP); // the first requests compile and connect
    const baseline = await sampleHealth(base, (n) => n >= BASELINE_SAMPLES);
    const started = performance.now();
    await request(`${base}/start`, JSON.stringify(uploads));
    let jobs: JobRow[] = [];
    // Polled every half second, and retried when the server is too busy to answer.
    let finished = false;
    const watcher = (async () => {
      while (!finished) {
        await pause(500);
        jobs = JSON.parse(await request(`${base}/jobs`).catch(() => JSON.stringify(jobs))) as JobRow[];
        finished = jobs.length === uploads.length && jobs.every((j) => j.status === "DONE" || j.status === "FAILED");
      }
    })();
    const during = await sampleHealth(base, () => finished);
    await watcher;
    const wall = (performance.now() - started) / 1000;
    const seconds = (from: string, to: string | null) => ((Date.parse(to!) - Date.parse(from)) / 1000).toFixed(1);
    return {
      mode,
      baseline: summary(baseline),
      during: summary(during),
      wall: wall.toFixed(1),
      jobs: jobs.map((j) => ({
        status: j.status,
        rows: j.totalRows,
        queuedToEnd: seconds(j.createdAt, j.finishedAt),
        running: j.startedAt ? seconds(j.startedAt, j.finishedAt) : "-",
      })),
    };
  } finally {
    child.kill();
  }
}

export default async function benchImports() {
  const dir = path.resolve(".tmp/bench-imports");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeded = path.join(dir, "seeded.db");
  await deployMigrations(`file:${seeded}`);
  const db = createPrismaClient(`file:${seeded}`);
  let uploads: object[];
  try {
    await seedDemo(db, { passwordHash: "bench" });
    const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
    const others = await db.merchant.findMany({
      where: { id: { not: owner.merchantId }, park: { code: "XIYONG" }, verificationStatus: "APPROVED" },
      orderBy: { id: "asc" },
      take: 2,
      select: { id: true },
    });
    uploads = [owner.merchantId, ...others.map((m) => m.id)].map((merchantId, k) => {
      const file = path.join(dir, `skus-${k + 1}.csv`);
      writeFileSync(file, skuFile(`BENCH${k + 1}`));
      return { merchantId, userId: owner.userId, file };
    });
  } finally {
    await db.$disconnect();
  }
  // As `npm start` prepares the database: WAL (kept in the file, so in each copy), so readers never wait for the writer.
  const sqlite = new Database(seeded);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();

  const size = (statSync(path.join(dir, "skus-1.csv")).size / 1e6).toFixed(2);
  console.log(
    `Three SKU imports of ${ROWS.toLocaleString("en")} rows (${size} MB each) from three merchants at once;` +
      ` /api/health every ${SAMPLE_MS} ms. ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, SQLite (WAL).` +
      ` IMPORT_CONCURRENCY=${process.env.IMPORT_CONCURRENCY ?? 2}.`,
  );
  // The imports on the server's own thread, as before issue 13, only when asked: it stalls for minutes.
  const modes = process.env.BENCH_IMPORTS_BEFORE === "1" ? (["workers", "inline"] as const) : (["workers"] as const);
  for (const mode of modes) {
    const result = await run(mode, seeded, dir, uploads);
    console.log(
      `\n${mode === "workers" ? "worker threads (now)" : "on the server's thread (before)"}: ` +
        `all three done in ${result.wall} s`,
    );
    console.table({ "health, no import (ms)": result.baseline, "health, during imports (ms)": result.during });
    console.table(result.jobs);
  }
}
