import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function checkEnv(env: Record<string, string>) {
  try {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/check-env.ts")],
      {
        // Empty means unset (lib/env.ts): nothing of the test run's own configuration leaks in.
        env: { ...process.env, AUTH_URL: "", PUBLIC_ORIGINS: "", ...env },
        encoding: "utf8",
        stdio: "pipe",
      },
    );
    return { code: 0, out: "" };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}

// What `npm start` and scripts/serve.mjs run before serving.
describe("scripts/check-env.ts", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };

  it("stops a production start without AUTH_URL or PUBLIC_ORIGINS, naming AUTH_URL", () => {
    const refused = checkEnv(production);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/AUTH_URL: is required in production/);
  });

  it("lets it start with either", () => {
    expect(checkEnv({ ...production, AUTH_URL: "https://portal.example.cn" }).code).toBe(0);
    expect(checkEnv({ ...production, PUBLIC_ORIGINS: "https://portal.example.cn" }).code).toBe(0);
  });
});
