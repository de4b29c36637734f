import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function createStaff(args: string[], env: Record<string, string> = {}) {
  try {
    const out = execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        path.join(root, "scripts/db/create-staff.ts"),
        ...args,
      ],
      { env: { ...process.env, AUTH_URL: "", PORT: "", ...env }, encoding: "utf8", stdio: "pipe" },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, out: e.stderr };
  }
}

describe("npm run db:create-staff", () => {
  it("prints a one-time set-password link on AUTH_URL, then refuses the same address", () => {
    const first = createStaff(["zhao.lei@commerce.cq.gov.cn", "--name", "赵磊"], {
      AUTH_URL: "https://portal.cbec.cq.gov.cn",
    });
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/https:\/\/portal\.cbec\.cq\.gov\.cn\/reset-password\/[A-Za-z0-9_-]{43}\n/);
    const again = createStaff(["Zhao.Lei@commerce.cq.gov.cn"]);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already exists\. Nothing was changed\./);
  });

  it("falls back to this machine's port, and explains its usage", () => {
    expect(createStaff(["sun.li@commerce.cq.gov.cn"], { PORT: "8080" }).out).toMatch(
      /http:\/\/localhost:8080\/reset-password\//,
    );
    const none = createStaff([]);
    expect(none.code).toBe(1);
    expect(none.out).toMatch(/Usage: npm run db:create-staff -- <email>/);
  });
});
