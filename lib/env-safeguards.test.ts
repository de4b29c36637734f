import { describe, expect, it } from "vitest";
import { EnvError, envWarnings, parseEnv } from "./env";

const prod = { NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), AUTH_URL: "https://portal.example.cn" };

describe("CLAMAV_URL and FORM_MIN_SECONDS", () => {
  it("takes clamd as tcp://host:port or a unix socket, and refuses anything else", () => {
    expect(parseEnv({ CLAMAV_URL: "tcp://127.0.0.1:3310" }).CLAMAV_URL).toBe("tcp://127.0.0.1:3310");
    expect(parseEnv({ CLAMAV_URL: "unix:/run/clamav/clamd.ctl" }).CLAMAV_URL).toBe("unix:/run/clamav/clamd.ctl");
    expect(() => parseEnv({ CLAMAV_URL: "http://127.0.0.1:3310" })).toThrow(EnvError);
    expect(() => parseEnv({ CLAMAV_URL: "clamd" })).toThrow(/CLAMAV_URL/);
  });

  it("warns a production server without CLAMAV_URL that uploads are not scanned, and no one else", () => {
    expect(envWarnings(parseEnv(prod))).toEqual([
      "CLAMAV_URL is not set: uploaded logos and CSV files are not scanned for malware",
    ]);
    expect(envWarnings(parseEnv({ ...prod, CLAMAV_URL: "tcp://clamd:3310" }))).toEqual([]);
    expect(envWarnings(parseEnv({}))).toEqual([]);
  });

  it("reads FORM_MIN_SECONDS as whole seconds, 2 by default", () => {
    expect(parseEnv({}).FORM_MIN_SECONDS).toBe(2);
    expect(parseEnv({ FORM_MIN_SECONDS: "0" }).FORM_MIN_SECONDS).toBe(0);
    expect(() => parseEnv({ FORM_MIN_SECONDS: "-1" })).toThrow(/FORM_MIN_SECONDS/);
    expect(() => parseEnv({ FORM_MIN_SECONDS: "1.5" })).toThrow(/FORM_MIN_SECONDS/);
  });
});
