import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureAuthSecret } from "./auth-secret.mjs";

describe("ensureAuthSecret (npm start, npm run dev)", () => {
  it("generates a 256-bit secret into a file only its owner reads, and keeps it across starts", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cbec-secret-")), "data/auth-secret");
    const first: Record<string, string | undefined> = {};
    ensureAuthSecret(first, file);
    expect(first.AUTH_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second: Record<string, string | undefined> = {};
    ensureAuthSecret(second, file);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
  });

  it("leaves a supplied AUTH_SECRET alone and writes nothing", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cbec-secret-")), "auth-secret");
    writeFileSync(file, "from-the-file");
    const env: Record<string, string | undefined> = { AUTH_SECRET: "s".repeat(40) };
    ensureAuthSecret(env, file);
    expect(env.AUTH_SECRET).toBe("s".repeat(40));
    expect(readFileSync(file, "utf8")).toBe("from-the-file");
  });
});
