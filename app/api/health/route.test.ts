import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 when the database cannot be reached", async () => {
    // A file in a folder that does not exist: SQLite cannot open it.
    process.env.DATABASE_URL = "file:/nonexistent-folder/for-this-test/portal.db";
    const { GET } = await import("./route");
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable" });
  });
});
