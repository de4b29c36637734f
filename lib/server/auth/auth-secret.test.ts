import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { authSecret } from "./auth-secret";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("authSecret", () => {
  it("is the configured secret", () => {
    expect(authSecret(parseEnv({ AUTH_SECRET: "s".repeat(32) }))).toBe("s".repeat(32));
  });

  it("refuses to run without one in development and in production: there is no fallback", () => {
    expect(() => authSecret(parseEnv({}))).toThrow(EnvError);
    expect(() => authSecret(parseEnv({ NODE_ENV: "development" }))).toThrow(/AUTH_SECRET: is required/);
    expect(() => authSecret({ AUTH_SECRET: undefined, NEXT_PHASE: "phase-production-server" })).toThrow(
      /AUTH_SECRET: is required/,
    );
  });

  it("lets `next build` run without one", () => {
    expect(authSecret(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }))).toBeUndefined();
  });

  it("stops the sign-in module from loading without a secret", async () => {
    vi.stubEnv("AUTH_SECRET", "");
    await expect(import("@/lib/server/auth/auth")).rejects.toThrow(/AUTH_SECRET: is required/);
  });

  it("signs with the configured secret", async () => {
    vi.stubEnv("AUTH_SECRET", "c".repeat(40));
    const { auth } = await import("@/lib/server/auth/auth");
    expect(typeof auth).toBe("function");
  });
});
