import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, isPostgresUrl } from "./create-client";
import { insertRows, newRowId } from "./insert-rows";
import { isUniqueViolation } from "./errors";
import { providerOf } from "./provider";
import { sqliteConnectionOf } from "./sqlite-direct";

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

  it("makes ids in time order, so bulk inserts append to the primary key instead of scattering", () => {
    const ids = Array.from({ length: 20_000 }, () => newRowId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^c[0-9a-f]{24}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it("on SQLite prepares one statement per table and reuses it; on PostgreSQL sends multi-row SQL", async () => {
    const connection = sqliteConnectionOf(db);
    const sqlite = providerOf(db) === "sqlite";
    expect(connection === null).toBe(!sqlite);
    const prepared: string[] = [];
    if (connection) {
      const prepare = connection.prepare.bind(connection);
      connection.prepare = ((sql: string) => (prepared.push(sql), prepare(sql))) as typeof connection.prepare;
    }
    const now = new Date();
    const rows = (from: number) =>
      Array.from({ length: 4 }, (_, i) => [
        newRowId(),
        `PREPARED-ONCE-${from + i}`,
        "PILOT",
        "PLANNED",
        "区",
        "Zone",
        now,
      ]);
    // Its own column order: a statement no other test has prepared yet.
    const columns = ["id", "code", "kind", "status", "nameEn", "nameZh", "updatedAt"] as const;
    const enums = { kind: "ZoneKind", status: "ZoneStatus" } as const;
    await db.$transaction(async (tx) => {
      await insertRows(tx, "Zone", columns, rows(0), { enums });
      await insertRows(tx, "Zone", columns, rows(4), { enums });
    });
    expect(await db.zone.count({ where: { code: { startsWith: "PREPARED-ONCE-" } } })).toBe(8);
    expect(prepared.filter((sql) => sql.startsWith('INSERT INTO "Zone"'))).toHaveLength(sqlite ? 1 : 0);
  });

  it("reports a duplicate key as a unique violation, as Prisma's raw SQL does, and keeps nothing of the batch", async () => {
    const now = new Date();
    const columns = ["id", "code", "kind", "status", "nameZh", "nameEn", "updatedAt"] as const;
    const row = (code: string) => [newRowId(), code, "PILOT", "PLANNED", "区", "Zone", now];
    const attempt = db.$transaction((tx) =>
      insertRows(tx, "Zone", columns, [row("DUPLICATE-1"), row("DUPLICATE-2"), row("DUPLICATE-1")], {
        enums: { kind: "ZoneKind", status: "ZoneStatus" },
      }),
    );
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(await db.zone.count({ where: { code: { startsWith: "DUPLICATE-" } } })).toBe(0);
  });
});
