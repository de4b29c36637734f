import path from "node:path";
import { describe, expect, it } from "vitest";
import { sqliteUrl } from "./migration-engine.mjs";
import { root } from "./schemas.mjs";

describe("sqliteUrl", () => {
  it("keeps SQLite's in-memory database in memory instead of making it a file", () => {
    expect(sqliteUrl("file::memory:")).toBe("file::memory:");
    expect(sqliteUrl(":memory:")).toBe("file::memory:");
  });

  it("resolves a relative file against the project and leaves other URLs alone", () => {
    expect(sqliteUrl("file:./data/cbec.db")).toBe(`file:${path.join(root, "data/cbec.db")}`);
    expect(sqliteUrl("file:/var/db/cbec.db")).toBe("file:/var/db/cbec.db");
    expect(sqliteUrl("postgresql://u@h/db")).toBe("postgresql://u@h/db");
  });
});
