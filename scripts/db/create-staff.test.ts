import { describe, expect, it } from "vitest";
import { runScript } from "@/lib/testing/run-script";

const createStaff = (args: string[], env: Record<string, string> = {}) =>
  runScript("scripts/db/create-staff.ts", args, env);

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
