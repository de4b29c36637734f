// The server behind the Playwright specs: a fresh SQLite database with the
// demo data, the production build, on E2E port (default 3100). Its output is
// also written to .tmp/e2e/server.log, and every response it sends to
// .tmp/e2e/responses/ (scripts/e2e-record.mjs), for e2e/zz-secrets.spec.ts.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "../lib/db/schemas.mjs";

const dir = path.join(root, ".tmp/e2e");
for (const stale of ["db", "responses", "server.log"]) rmSync(path.join(dir, stale), { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const recorder = pathToFileURL(path.join(root, "scripts/e2e-record.mjs")).href;
const env = {
  ...process.env,
  DATABASE_URL: `file:${path.join(dir, "db/portal.db")}`,
  PORT: process.env.PORT || "3100",
  // DATABASE_URL is set, so the demo data has to be asked for.
  DEMO_DATA: "on",
  // The suite's helpers fill public forms faster than a person; the minimum is proven in Vitest
  // (lib/server/forms/human-time.test.ts); the signed time itself is still required and checked.
  FORM_MIN_SECONDS: "0",
  // Every registering spec shares the one loopback address; the limit itself is proven in Vitest
  // (lib/server/rate-limit.test.ts, app/(public)/register/register-limit.test.ts).
  REGISTER_LIMIT_PER_HOUR: "100",
  // The statutory footer (e2e/site-footer.spec.ts): four items configured, SITE_ID left unset to show it left out.
  SITE_SPONSOR: "重庆市商务委员会（测试）",
  SITE_CONTACT: "023-00000000",
  SITE_ICP_FILING: "渝ICP备00000001号",
  SITE_PSB_FILING: "渝公网安备 50000000000001号",
  SITE_ID: "",
  E2E_RECORD_DIR: path.join(dir, "responses"),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${recorder}`.trim(),
};

const log = createWriteStream(path.join(dir, "server.log"));
const server = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
server.stderr.on("data", (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => log.end(() => process.exit(code ?? 0)));
