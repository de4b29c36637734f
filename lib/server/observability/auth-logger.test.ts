import { afterEach, describe, expect, it, vi } from "vitest";

// The request Auth.js runs in: its id is what the line must carry.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-request-id": "auth-request-01" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const { NextRequest } = await import("next/server");
const { handlers } = await import("@/lib/server/auth/auth");

afterEach(() => vi.restoreAllMocks());

/** Every console line written while `run` runs, and the error lines among them. */
async function capture(run: () => Promise<unknown>) {
  const lines: { level: string; text: string }[] = [];
  for (const level of ["info", "warn", "error", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push({ level, text: args.map(String).join(" ") });
    });
  }
  await run();
  // The line is written once the request's id is read.
  await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
  return lines;
}

describe("Auth.js's log (OWASP ASVS 1.7.1)", () => {
  it("reports an error as one JSON line with the request's id, like every other log line", async () => {
    const lines = await capture(async () => {
      // A sign-in without the CSRF token: Auth.js refuses it and logs MissingCSRF.
      const response = await handlers.POST(
        new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", "x-request-id": "auth-request-01" },
          body: "email=nobody%40example.com&password=wrong",
        }),
      );
      expect(response.status).toBeLessThan(500);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe("error");
    expect(lines[0].text.split("\n")).toHaveLength(1);
    expect(JSON.parse(lines[0].text)).toMatchObject({
      level: "error",
      type: "auth",
      requestId: "auth-request-01",
      name: "MissingCSRF",
      message: expect.stringContaining("CSRF"),
    });
    expect(lines[0].text).not.toContain("wrong");
  });
});
