import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { isValidUscc } from "@/lib/validation/uscc";
import { parseMainlandPhone } from "@/lib/validation/phone";
import { buildDemoData, DEMO_ACCOUNTS, seedDemo } from "./demo";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function counts() {
  const [zones, parks, warehouses, platforms, merchants, users, links] = await Promise.all([
    db.zone.count(),
    db.park.count(),
    db.warehouse.count(),
    db.platform.count(),
    db.merchant.count(),
    db.user.count(),
    db.merchantPlatform.count(),
  ]);
  return { zones, parks, warehouses, platforms, merchants, users, links };
}

describe("demo seed", () => {
  it("builds the 1+N system, the parks and the demo accounts, then is a no-op", async () => {
    expect(await seedDemo(db, { passwordHash: "x" })).toEqual({ created: true });
    const first = await counts();

    expect(await db.zone.count({ where: { kind: "PILOT" } })).toBe(1);
    expect(await db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } })).toBe(5);
    expect(first.platforms).toBe(32);
    expect(first.merchants).toBeGreaterThanOrEqual(240);
    expect(first.merchants).toBeLessThanOrEqual(260);

    const xiyong = await db.park.findUniqueOrThrow({
      where: { code: "XIYONG" },
      include: { _count: { select: { merchants: true, warehouses: true } } },
    });
    expect(xiyong.nameEn).toBe("Xiyong Micro-electronics Industrial Park");
    expect(xiyong._count.merchants).toBeGreaterThan(200);
    expect(xiyong._count.warehouses).toBeGreaterThanOrEqual(1);
    const dazu = await db.park.findUniqueOrThrow({ where: { code: "DAZU-LONGSHUI" } });
    expect(dazu.marketProcurementPilot).toBe(true);
    expect(await db.park.count({ where: { warehouses: { none: {} } } })).toBe(0);

    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({ where: { email: account.email } });
      expect(user?.role).toBe(account.role);
    }
    const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
    expect(operator.parkId).toBe(xiyong.id);
    const owner = await db.membership.findFirstOrThrow({
      where: { user: { email: "merchant@example.com" } },
      include: { merchant: true },
    });
    expect(owner.merchant).toMatchObject({ verificationStatus: "APPROVED", accountState: "ACTIVE", parkId: xiyong.id });
    const pending = await db.membership.findFirstOrThrow({
      where: { user: { email: "pending@example.com" } },
      include: { merchant: true },
    });
    expect(pending.merchant.verificationStatus).toBe("PENDING");

    const codes = await db.merchant.findMany({ select: { uscc: true } });
    expect(codes.every((m) => isValidUscc(m.uscc))).toBe(true);

    expect(await seedDemo(db, { passwordHash: "x" })).toEqual({ created: false });
    expect(await counts()).toEqual(first);
  });

  it("stores every merchant's contact phone in E.164, as the forms do", () => {
    const { merchants } = buildDemoData("hash");
    for (const m of merchants) expect(parseMainlandPhone(m.contactPhone), m.contactPhone).toBe(m.contactPhone);
  });

  it("is deterministic: the same rows every time it is built", () => {
    expect(buildDemoData("hash")).toEqual(buildDemoData("hash"));
  });
});
