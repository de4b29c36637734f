import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "./demo";
import { seedSkus } from "./skus";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("demo SKUs", () => {
  it("give Xiyong 7,000+ SKUs across its warehouses for 100+ markets, the demo merchant a few hundred, once", async () => {
    expect(await seedSkus(db)).toEqual({ created: false }); // nothing to attach to yet
    await seedDemo(db, { passwordHash: "x" });
    expect(await seedSkus(db)).toEqual({ created: true });

    const xiyong = { merchant: { park: { code: "XIYONG" } } };
    expect(await db.sku.count({ where: xiyong })).toBeGreaterThanOrEqual(7_000);
    const markets = await db.skuMarket.groupBy({ by: ["country"], where: { sku: xiyong } });
    expect(markets.length).toBeGreaterThanOrEqual(100);
    const warehouses = await db.skuStock.groupBy({ by: ["warehouseId"], where: { sku: xiyong } });
    expect(warehouses.length).toBe(await db.warehouse.count({ where: { park: { code: "XIYONG" } } }));

    const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
    expect(await db.sku.count({ where: { merchantId: owner.merchantId } })).toBe(320);
    // Only approved merchants hold goods, and only in their own park's warehouses.
    expect(await db.sku.count({ where: { merchant: { verificationStatus: { not: "APPROVED" } } } })).toBe(0);
    for (const park of await db.park.findMany({ select: { id: true } })) {
      expect(
        await db.skuStock.count({
          where: { sku: { merchant: { parkId: park.id } }, warehouse: { parkId: { not: park.id } } },
        }),
      ).toBe(0);
    }
    // Every quantity has its history, and some SKUs are archived.
    expect(await db.stockChange.count()).toBe(await db.skuStock.count());
    expect(await db.sku.count({ where: { status: "ARCHIVED" } })).toBeGreaterThan(0);
    // The goods fit the park: electronics and computer parts lead in Xiyong.
    const chapters = await db.sku.groupBy({
      by: ["hsChapter"],
      where: xiyong,
      _count: { _all: true },
      orderBy: { _count: { hsChapter: "desc" } },
    });
    expect(["85", "84"]).toContain(chapters[0].hsChapter);

    const total = await db.sku.count();
    expect(await seedSkus(db)).toEqual({ created: false });
    expect(await db.sku.count()).toBe(total);
  });

  it("is deterministic: the same codes for the same merchant every time", async () => {
    const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
    const first = await db.sku.findMany({
      where: { merchantId: owner.merchantId },
      orderBy: { code: "asc" },
      take: 5,
      select: { id: true, code: true, unitPriceMinor: true },
    });
    // Seeding a second, fresh database gives the same rows.
    const { copyFileSync } = await import("node:fs");
    const path = await import("node:path");
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    if (!file.endsWith(".db")) return; // PostgreSQL run: the first test covered the data.
    const twin = path.join(path.dirname(file), `twin-${path.basename(file)}`);
    copyFileSync(path.join(path.dirname(file), "template.db"), twin);
    const other = createPrismaClient(`file:${twin}`);
    try {
      await seedDemo(other, { passwordHash: "x" });
      await seedSkus(other);
      const again = await other.sku.findMany({
        where: { merchantId: owner.merchantId },
        orderBy: { code: "asc" },
        take: 5,
        select: { id: true, code: true, unitPriceMinor: true },
      });
      expect(again).toEqual(first);
    } finally {
      await other.$disconnect();
    }
  });
});
