import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, isPostgresUrl } from "./create-client";
import { insertRows, newRowId } from "./insert-rows";
import { providerOf } from "./provider";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("insertRows", () => {
  it("knows the provider the client was created for, inside a transaction too", async () => {
    const expected = isPostgresUrl(process.env.DATABASE_URL!) ? "postgresql" : "sqlite";
    expect(providerOf(db)).toBe(expected);
    expect(await db.$transaction(async (tx) => providerOf(tx))).toBe(expected);
  });

  it("writes many rows in chunks, enum columns included", async () => {
    const now = new Date("2026-01-02T03:04:05.000Z");
    const rows = Array.from({ length: 7 }, (_, i) => [
      newRowId(),
      `INSERT-ROWS-${i}`,
      i % 2 ? "PILOT" : "DEMONSTRATION",
      "PLANNED",
      `区${i}`,
      `Zone ${i}`,
      now,
    ]);
    const columns = ["id", "code", "kind", "status", "nameZh", "nameEn", "updatedAt"] as const;
    await db.$transaction((tx) =>
      insertRows(tx, "Zone", columns, rows, { chunk: 3, enums: { kind: "ZoneKind", status: "ZoneStatus" } }),
    );
    const zones = await db.zone.findMany({
      where: { code: { startsWith: "INSERT-ROWS-" } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, kind: true, status: true, nameEn: true, updatedAt: true },
    });
    expect(zones).toEqual(
      rows.map(([id, code, kind, status, , nameEn, updatedAt]) => ({ id, code, kind, status, nameEn, updatedAt })),
    );
  });
});
