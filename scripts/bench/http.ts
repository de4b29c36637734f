// `npm run bench -- http`: throughput and latency of the portal's pages under
// load (autocannon, 10 connections), against a production build holding
// 1,000,000 declarations (BENCH_DECLARATIONS). For `/`, `/admin` (signed in as
// the demo staff member) and `/merchant/skus` (the demo merchant owner), or
// only those BENCH_HTTP_PAGES names (comma-separated), each is measured for
// BENCH_HTTP_SECONDS (default 10) and then `/api/health` for as long on the
// same server, so the two sit side by side under the same load.
//
// The data is built once in .tmp/bench-http/portal.db (rebuilt when the file is
// removed or BENCH_HTTP_FRESH=1); sessions are opened in the database and
// their cookies signed with the server's secret, as e2e/events-load.spec.ts
// does. The server is `scripts/start.mjs` (it builds when the build is stale)
// on BENCH_HTTP_PORT (default 3217); with BENCH_LOCK set to a file, it runs
// under `flock` on it, for a machine whose other users share .next/.
// Bounded: fixed durations, a 15-minute cap on the build and start (60 with
// BENCH_LOCK, which includes waiting for the lock).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..", "..");
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_HTTP_PORT ?? 3217);
const BASE = `http://127.0.0.1:${PORT}`;
const COOKIE = "authjs.session-token";
// Building takes minutes; under BENCH_LOCK the wait for other users' builds and browser runs comes first.
const START_TIMEOUT_MS = (process.env.BENCH_LOCK ? 60 : 15) * 60_000;

type Session = { id: string; email: string; name: string | null; sessionId: string };
type Data = { declarations: number; sessions: { staff: Session; merchant: Session } };

function buildData(file: string, secret: string): Data {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["--conditions=react-server", path.join(here, "_http-data.ts")], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, BENCH_HTTP_DB: file, DATABASE_URL: `file:${file}`, AUTH_SECRET: secret },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error("http benchmark: building the data failed");
  const lines = run.stdout.trim().split("\n");
  for (const line of lines.slice(0, -1)) console.log(line);
  return JSON.parse(lines.at(-1)!) as Data;
}

async function waitForHealth(server: ChildProcess) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`http benchmark: the server exited (${server.exitCode})`);
    const ok = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(5_000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error("http benchmark: the server did not answer in time");
}

type Measured = { rps: number; p50: number; p99: number; requests: number; bad: number };

async function load(pathname: string, cookie?: string): Promise<Measured> {
  const result = await autocannon({
    url: BASE + pathname,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: cookie ? { cookie } : {},
    timeout: 30,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

export default async function benchHttp() {
  const dir = path.join(root, ".tmp/bench-http");
  const file = path.join(dir, "portal.db");
  if (process.env.BENCH_HTTP_FRESH) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  console.log(existsSync(file) ? `reusing ${path.relative(root, file)}` : "building the data (minutes)…");
  const data = buildData(file, secret);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(PORT),
    DATABASE_URL: `file:${file}`,
    DEMO_DATA: "off",
    AUTH_SECRET: secret,
    AUTH_URL: BASE,
  };
  const start = [process.execPath, path.join(root, "scripts/start.mjs")];
  const lock = process.env.BENCH_LOCK;
  const [command, ...args]: string[] = lock ? ["flock", lock, ...start] : start;
  const server: ChildProcess = spawn(command, args, {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth(server);
    const cookieOf = async (s: Session) =>
      `${COOKIE}=${await encode({
        token: { sub: s.id, email: s.email, name: s.name, sid: s.sessionId },
        secret,
        salt: COOKIE,
        maxAge: 3600,
      })}`;
    const only = process.env.BENCH_HTTP_PAGES?.split(",").filter(Boolean);
    const pages = [
      { path: "/", cookie: undefined },
      { path: "/admin", cookie: await cookieOf(data.sessions.staff) },
      { path: "/merchant/skus", cookie: await cookieOf(data.sessions.merchant) },
    ].filter((page) => !only || only.includes(page.path));
    if (!pages.length) throw new Error(`http benchmark: BENCH_HTTP_PAGES names none of /, /admin, /merchant/skus`);
    // Every page answers 200 for its user (no sign-in page, no enrolment redirect), and is warm.
    for (const page of pages) {
      for (let i = 0; i < 5; i++) {
        const res = await fetch(BASE + page.path, {
          headers: page.cookie ? { cookie: page.cookie } : {},
          redirect: "manual",
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`http benchmark: ${page.path} answered ${res.status}`);
      }
    }
    await load("/api/health");
    const rows = [];
    for (const page of pages) {
      const measured = await load(page.path, page.cookie);
      const health = await load("/api/health");
      rows.push({
        page: page.path,
        "req/s": measured.rps.toFixed(1),
        "p50 ms": measured.p50,
        "p99 ms": measured.p99,
        "non-2xx/errors": measured.bad,
        "health req/s": health.rps.toFixed(1),
        "health p50 ms": health.p50,
        "health p99 ms": health.p99,
        "health ÷ page": `${(health.rps / Math.max(measured.rps, 0.1)).toFixed(1)}×`,
      });
    }
    console.log(
      `HTTP (production build, SQLite, ${data.declarations.toLocaleString("en")} declarations; ` +
        `${CONNECTIONS} connections, ${SECONDS} s per row and ${SECONDS} s of /api/health after each)`,
    );
    console.table(rows);
  } finally {
    // The server and its children (flock, start.mjs, serve.mjs) are one process group.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
