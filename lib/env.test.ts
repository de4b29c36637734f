import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, publicOrigin } from "./env";

describe("parseEnv", () => {
  it("needs nothing for the zero-setup default", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/cbec.db");
    expect(env.PORT).toBe(3000);
    expect(env.DEMO_DATA).toBe("auto");
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/cbec" }).DATABASE_URL).toMatch(/^postgresql:/);
  });

  it("names a bad DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with file:/);
  });

  it("names a bad PORT and a bad SMTP_URL together", () => {
    try {
      parseEnv({ PORT: "http", SMTP_URL: "mail.example.com" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/SMTP_URL: must start with smtp/);
    }
  });

  it("requires AUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(
      /AUTH_SECRET: must be at least 32/,
    );
    expect(
      parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), AUTH_URL: "https://portal.example.cn" }).NODE_ENV,
    ).toBe("production");
  });

  it("refuses production without AUTH_URL, unless PUBLIC_ORIGINS lists the origins it answers on", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
    expect(() => parseEnv(production)).toThrow(/AUTH_URL: is required in production/);
    expect(() => parseEnv({ ...production, PUBLIC_ORIGINS: "portal.example.cn" })).toThrow(/PUBLIC_ORIGINS/);
    expect(parseEnv({ ...production, AUTH_URL: "https://portal.example.cn" }).AUTH_URL).toBe(
      "https://portal.example.cn",
    );
    expect(
      parseEnv({ ...production, PUBLIC_ORIGINS: "https://a.example.cn, https://b.example.cn" }).PUBLIC_ORIGINS,
    ).toEqual(["https://a.example.cn", "https://b.example.cn"]);
    // A build needs neither.
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).AUTH_URL).toBeUndefined();
    expect(() => parseEnv({ AUTH_URL: "javascript:alert(1)" })).toThrow(/AUTH_URL/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ SMTP_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("rejects an unknown DEMO_DATA mode", () => {
    expect(() => parseEnv({ DEMO_DATA: "maybe" })).toThrow(/DEMO_DATA/);
  });

  it("reads no proxy header by default, and takes TRUST_PROXY as a count of proxies", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });

  it("names the retired account lockout setting instead of ignoring it", () => {
    expect(() => parseEnv({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: "5" })).toThrow(/LOGIN_MAX_ATTEMPTS_PER_ACCOUNT/);
    expect(parseEnv({})).toMatchObject({ LOGIN_MAX_ATTEMPTS_PER_PAIR: 10, LOGIN_SLOWDOWN_AFTER: 3 });
  });
});

describe("publicOrigin (the start of every link in mail)", () => {
  it("is AUTH_URL's origin, whatever host the request names", () => {
    const env = parseEnv({ AUTH_URL: "https://portal.example.cn/api/auth" });
    expect(publicOrigin(env, "evil.example")).toBe("https://portal.example.cn");
  });

  it("picks among PUBLIC_ORIGINS by the request's host, and falls back to the first, never to the request", () => {
    const env = parseEnv({ PUBLIC_ORIGINS: "https://a.example.cn,https://b.example.cn:8443" });
    expect(publicOrigin(env, "b.example.cn:8443")).toBe("https://b.example.cn:8443");
    expect(publicOrigin(env, "B.EXAMPLE.CN:8443")).toBe("https://b.example.cn:8443");
    expect(publicOrigin(env, "evil.example")).toBe("https://a.example.cn");
    expect(publicOrigin(env, null)).toBe("https://a.example.cn");
  });

  it("is this machine's port in development and tests without either", () => {
    expect(publicOrigin(parseEnv({ PORT: "8080" }), "evil.example")).toBe("http://localhost:8080");
  });
});
