import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { saveSkuAction } = await import("./actions");

let merchantId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const user = await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } });
  merchantId = (await db.membership.findFirstOrThrow({ where: { userId: user.id } })).merchantId;
  sessionStub.userId = user.id;
});
afterAll(() => db.$disconnect());

function skuForm(code: string, extra: Record<string, string> = {}) {
  const f = new FormData();
  const fields: Record<string, string | string[]> = {
    id: "",
    status: "ACTIVE",
    code,
    nameZh: "蓝牙耳机",
    hsCode: "851830",
    originCountry: "CN",
    unitPrice: "129.00",
    currency: "CNY",
    weightGrams: "60",
    markets: ["US"],
    ...extra,
  };
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

const saved = (code: string) => db.sku.findUnique({ where: { merchantId_code: { merchantId, code } } });

describe("the SKU form's low-stock threshold", () => {
  it("is 10 when left empty and kept as typed otherwise, on create and on edit", async () => {
    await expect(saveSkuAction({}, skuForm("LOW-1", { lowStockThreshold: "" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/merchant/skus"),
    });
    expect((await saved("LOW-1"))?.lowStockThreshold).toBe(10);

    await expect(saveSkuAction({}, skuForm("LOW-2", { lowStockThreshold: "250" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/merchant/skus"),
    });
    const sku = await saved("LOW-2");
    expect(sku?.lowStockThreshold).toBe(250);

    await expect(saveSkuAction({}, skuForm("LOW-2", { id: sku!.id, lowStockThreshold: "0" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/merchant/skus"),
    });
    expect((await saved("LOW-2"))?.lowStockThreshold).toBe(0);
  });

  it("refuses a threshold that is not a whole number of units, in the reader's words, saving nothing", async () => {
    for (const bad of ["-1", "2.5", "ten", "10000000"]) {
      const state = await saveSkuAction({}, skuForm("LOW-BAD", { lowStockThreshold: bad }));
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.lowStockThreshold).toBe(
        "Enter the low-stock threshold as a whole number of units, 0 to 1,000,000.",
      );
      expect(state.values?.lowStockThreshold).toBe(bad);
    }
    expect(await saved("LOW-BAD")).toBeNull();
  });
});
