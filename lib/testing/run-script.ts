import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Runs a command-line script of the repository (`scripts/db/create-staff.ts`) as `npm run` does, with
 * tsx and the react-server condition, in this test's environment plus `env`: its exit code and its
 * standard output (or, when it fails, its standard error).
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const out = execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(root, script), ...args],
      { env: { ...process.env, AUTH_URL: "", PORT: "", ...env }, encoding: "utf8", stdio: "pipe" },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}
