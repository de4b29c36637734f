import { afterEach, describe, expect, it, vi } from "vitest";

// Each case gets its own Prisma client for its DATABASE_URL (lib/server/db.ts keeps one per process).
const workingDatabase = process.env.DATABASE_URL;
const globalForDb = globalThis as { cbecDb?: { $disconnect(): Promise<void> } };

async function healthAt(databaseUrl: string) {
  await globalForDb.cbecDb?.$disconnect().catch(() => {});
  delete globalForDb.cbecDb;
  vi.resetModules();
  process.env.DATABASE_URL = databaseUrl;
  const { GET } = await import("./route");
  return GET(new Request("http://portal.test/api/health", { headers: { "x-request-id": "0123456789abcdef" } }));
}

afterEach(() => {
  process.env.DATABASE_URL = workingDatabase;
  vi.restoreAllMocks();
});

describe("GET /api/health", () => {
  it("answers ok while the database answers", async () => {
    const res = await healthAt(workingDatabase!);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it.each([
    // A file in a folder that does not exist: SQLite cannot open it.
    ["SQLite", "file:/nonexistent-folder/for-this-test/portal.db"],
    // Nothing listens on port 1: the connection is refused.
    ["PostgreSQL", "postgres://postgres:postgres@127.0.0.1:1/postgres"],
  ])("answers 503 with the request id, and logs the cause with that id, when %s cannot be reached", async (_, url) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await healthAt(url);
    expect(res.status).toBe(503);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "unavailable", requestId: "0123456789abcdef" });

    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0][0]);
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ level: "error", requestId: "0123456789abcdef", route: "/api/health" });
    expect(entry.message).not.toBe("");
    expect(entry.stack).toMatch(/\n\s+at /);
  });
});
