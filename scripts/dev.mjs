// `npm run dev`: `next dev` with the same generated session secret as
// `npm start` (data/auth-secret) unless AUTH_SECRET is set.
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "../lib/db/schemas.mjs";
import { ensureAuthSecret } from "./auth-secret.mjs";

ensureAuthSecret(process.env);
const server = spawn(
  process.execPath,
  [path.join(root, "node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    cwd: root,
    env: process.env,
  },
);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
