// `npm start`: zero-setup start. Creates the SQLite database if missing,
// applies pending migrations, seeds demo data into an empty embedded database
// (DATABASE_URL unset) or wherever DEMO_DATA=on asks for it, builds
// when the build is missing or stale, then serves on PORT (default 3000).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret.mjs";
import { prepareDatabase } from "./db/prepare.mjs";
import { root } from "../lib/db/schemas.mjs";
import { demoDataDecision } from "../lib/seed/demo-policy.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const env = process.env;
// Decided before DATABASE_URL gets its default: only the embedded default (or DEMO_DATA=on) gets demo data.
const demo = demoDataDecision(env);
const embedded = !env.DATABASE_URL;
env.DATABASE_URL ||= "file:./data/cbec.db";
// scripts/serve.mjs serves on it.
env.PORT ||= "3000";

// Links in mail start with the configured public URL only (lib/env.ts). The
// zero-setup start on the embedded database serves this machine; a configured
// database is a real deployment, which must name its URL.
if (embedded && !env.AUTH_URL && !env.PUBLIC_ORIGINS) {
  env.AUTH_URL = `http://localhost:${env.PORT}`;
  console.log(
    `AUTH_URL is not set: using ${env.AUTH_URL} for the links in mail. Set AUTH_URL to the portal's public URL.`,
  );
}

// A stable secret for signing sessions, kept beside the embedded database,
// so that sessions survive restarts without any configuration.
ensureAuthSecret(env);

// Fail early, naming the bad variable, before anything is built or migrated.
execFileSync(
  process.execPath,
  [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/check-env.ts")],
  {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  },
);

await prepareDatabase(env.DATABASE_URL, { demoData: demo.load ? "on" : "off" });
if (demo.reason === "configured-database") {
  console.log(
    "No demo data: DATABASE_URL is set (DEMO_DATA=on would load it). " +
      "Create the first staff account with `npm run db:create-staff -- <email>`.",
  );
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];
function sourceHash() {
  const hash = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return hash.digest("hex");
}
const stampFile = path.join(root, ".next/cbec-source-hash");
const current = sourceHash();
const built =
  existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === current;
if (!built) {
  console.log("Building the portal (first start or changed sources)…");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    stdio: "inherit",
    cwd: root,
    env,
  });
  writeFileSync(stampFile, current);
}

// Not `next start`: serve.mjs records each connection's address for the sign-in limits.
const server = spawn(process.execPath, [path.join(root, "scripts/serve.mjs")], {
  stdio: "inherit",
  cwd: root,
  env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
