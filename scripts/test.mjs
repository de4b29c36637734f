// `npm test`: lint, type check, Vitest, Playwright, in that order; stops at
// the first failure.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { root } from "../lib/db/schemas.mjs";
import { chromiumMissingMessage } from "../e2e/support/chromium.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name) => path.join(root, "node_modules/.bin", name);

const steps = [
  ["lint", bin("eslint"), [".", "--max-warnings=0"]],
  ["format check", bin("prettier"), ["--check", "."]],
  ["type check", bin("tsc"), ["--noEmit"]],
  ["unit and database tests (vitest)", bin("vitest"), ["run"]],
  ["browser tests (playwright)", bin("playwright"), ["test"]],
];

for (const [name, cmd, args] of steps) {
  if (name.startsWith("browser")) {
    const missing = chromiumMissingMessage();
    if (missing) {
      console.error(`\n${missing}`);
      process.exit(1);
    }
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: process.env });
  if (res.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${res.status ?? res.signal}).`);
    process.exit(res.status || 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
