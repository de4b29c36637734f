import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { saveSku } = await import("@/lib/server/skus/save-sku");
const { SkuInput } = await import("@/lib/validation/sku");
const { saveSkuAction, archiveSkuAction, restoreSkuAction, deleteSkuAction, bulkMarketsAction } =
  await import("./actions");

const users: Record<string, string> = {};
let mine = "";
let theirs = "";
let theirsId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["merchant@example.com", "pending@example.com", "staff@example.com"]) {
    users[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  mine = (await db.membership.findFirstOrThrow({ where: { userId: users["merchant@example.com"] } })).merchantId;
  const other = await db.merchant.findFirstOrThrow({
    where: { id: { not: mine }, verificationStatus: "APPROVED", accountState: "ACTIVE", park: { code: "XIYONG" } },
  });
  theirs = other.id;
  const saved = await saveSku(
    db,
    { userId: null, merchantId: theirs },
    SkuInput.parse({
      code: "THEIRS-1",
      nameZh: "别家商品",
      hsCode: "8517620000",
      unitPriceMinor: 500,
      currency: "CNY",
      weightGrams: 10,
      markets: ["US"],
    }),
    { mode: "create" },
    "form",
  );
  if (!saved.ok) throw new Error("setup");
  theirsId = saved.id;
});
afterAll(() => db.$disconnect());

const as = (email: string | null) => {
  sessionStub.userId = email ? users[email] : null;
};

function form(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

const skuForm = (code: string, extra: Record<string, string | string[]> = {}) =>
  form({
    id: "",
    status: "ACTIVE",
    code,
    nameZh: "蓝牙耳机",
    nameEn: "",
    hsCode: "8518300000",
    originCountry: "CN",
    unitPrice: "129.00",
    currency: "CNY",
    weightGrams: "60",
    markets: ["US", "DE"],
    platforms: ["amazon"],
    "stock_XIYONG-B1": "12",
    "stock_XIYONG-G1": "",
    ...extra,
  });

async function expectRedirect(action: Promise<unknown>, target: string) {
  await expect(action).rejects.toMatchObject({ digest: expect.stringContaining(target) });
}

const theirsNow = () => db.sku.findUniqueOrThrow({ where: { id: theirsId }, include: { markets: true } });

describe("the SKU form's action", () => {
  it("creates a SKU with its stock and markets, then shows it in the list", async () => {
    as("merchant@example.com");
    await expectRedirect(saveSkuAction({}, skuForm("FORM-1")), "/merchant/skus?status=ALL&q=FORM-1&saved=FORM-1");
    const sku = await db.sku.findFirstOrThrow({
      where: { merchantId: mine, code: "FORM-1" },
      include: { markets: true, stockChanges: true },
    });
    expect(sku).toMatchObject({ unitPriceMinor: 12900, currency: "CNY", hsChapter: "85" });
    expect(sku.markets.map((m) => m.country).sort()).toEqual(["DE", "US"]);
    expect(sku.stockChanges).toMatchObject([
      { delta: 12, quantityAfter: 12, source: "form", actorId: users["merchant@example.com"] },
    ]);
  });

  it("answers field by field and keeps what was typed, writing nothing", async () => {
    as("merchant@example.com");
    const before = await db.sku.count();
    const state = await saveSkuAction(
      {},
      skuForm("FORM-2", { hsCode: "85", unitPrice: "12.345", "stock_XIYONG-B1": "-3", "stock_LONGSHUI-G1": "5" }),
    );
    expect(state.message).toBe("Please correct the fields marked below.");
    expect(state.fieldErrors).toMatchObject({
      hsCode: "An HS code has 6, 8 or 10 digits.",
      unitPrice: "Too many decimal places for this currency.",
      "stock_XIYONG-B1": "A quantity is a whole number, 0 or more.",
    });
    expect(state.values).toMatchObject({ code: "FORM-2", hsCode: "85", markets: ["US", "DE"] });
    // A warehouse of another park is refused once the rest is valid.
    const elsewhere = await saveSkuAction({}, skuForm("FORM-2", { "stock_LONGSHUI-G1": "5" }));
    expect(elsewhere.fieldErrors).toEqual({
      "stock_LONGSHUI-G1": 'Warehouse "LONGSHUI-G1" is not in your company\'s park.',
    });
    const taken = await saveSkuAction({}, skuForm("FORM-1"));
    expect(taken.fieldErrors).toEqual({ code: 'Your company already has SKU code "FORM-1".' });
    expect(await db.sku.count()).toBe(before);
  });

  it("treats another merchant's SKU id as not found, and leaves it unchanged", async () => {
    as("merchant@example.com");
    const before = await theirsNow();
    const state = await saveSkuAction({}, skuForm("HIJACK", { id: theirsId }));
    expect(state.message).toBe("This SKU does not exist or was deleted.");
    expect(await theirsNow()).toEqual(before);
    expect(await db.sku.count({ where: { code: "HIJACK" } })).toBe(0);
  });

  it("refuses users who are not an approved merchant's", async () => {
    for (const email of ["pending@example.com", "staff@example.com", null]) {
      as(email);
      expect((await saveSkuAction({}, skuForm("NOPE-1"))).message).toBe("You may not change SKUs.");
    }
    expect(await db.sku.count({ where: { code: "NOPE-1" } })).toBe(0);
  });
});

describe("archive, restore and delete", () => {
  const idForm = (id: string) => form({ id });

  it("archive and restore only the merchant's own SKUs, with audit entries", async () => {
    as("merchant@example.com");
    const own = await db.sku.findFirstOrThrow({ where: { merchantId: mine, code: "FORM-1" } });
    expect(await archiveSkuAction({}, idForm(theirsId))).toEqual({
      ok: false,
      message: "This SKU does not exist or was deleted.",
    });
    expect((await theirsNow()).status).toBe("ACTIVE");
    expect(await archiveSkuAction({}, idForm(own.id))).toEqual({ ok: true, message: "SKU FORM-1 archived." });
    expect((await db.sku.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("ARCHIVED");
    expect(await restoreSkuAction({}, idForm(own.id))).toEqual({ ok: true, message: "SKU FORM-1 is active again." });
    expect(
      await db.auditLog.count({ where: { entityId: own.id, action: { in: ["sku.archive", "sku.restore"] } } }),
    ).toBe(2);
  });

  it("delete only a SKU without stock history; another merchant's is not found", async () => {
    as("merchant@example.com");
    const withHistory = await db.sku.findFirstOrThrow({ where: { merchantId: mine, code: "FORM-1" } });
    expect(await deleteSkuAction({}, idForm(withHistory.id))).toEqual({
      ok: false,
      message: "This SKU has stock history, so it can be archived but not deleted.",
    });
    expect(await deleteSkuAction({}, idForm(theirsId))).toEqual({
      ok: false,
      message: "This SKU does not exist or was deleted.",
    });
    await expectRedirect(saveSkuAction({}, skuForm("FORM-EMPTY", { "stock_XIYONG-B1": "0" })), "saved=FORM-EMPTY");
    const empty = await db.sku.findFirstOrThrow({ where: { merchantId: mine, code: "FORM-EMPTY" } });
    await expectRedirect(deleteSkuAction({}, idForm(empty.id)), "/merchant/skus?deleted=FORM-EMPTY");
    expect(await db.sku.count({ where: { id: empty.id } })).toBe(0);
    expect(await db.sku.count({ where: { id: withHistory.id } })).toBe(1);
    expect(await db.sku.count({ where: { id: theirsId } })).toBe(1);
  });
});

describe("bulk edit of target markets", () => {
  it("adds, removes and sets markets on the merchant's own SKUs", async () => {
    as("merchant@example.com");
    await expectRedirect(saveSkuAction({}, skuForm("BULK-1", { markets: ["US"] })), "saved=BULK-1");
    await expectRedirect(saveSkuAction({}, skuForm("BULK-2", { markets: [] })), "saved=BULK-2");
    const ids = (
      await db.sku.findMany({
        where: { merchantId: mine, code: { in: ["BULK-1", "BULK-2"] } },
        orderBy: { code: "asc" },
      })
    ).map((s) => s.id);
    const markets = async () =>
      Promise.all(
        ids.map(async (id) =>
          (await db.skuMarket.findMany({ where: { skuId: id }, orderBy: { country: "asc" } })).map((m) => m.country),
        ),
      );

    expect(await bulkMarketsAction({}, form({ ids, markets: ["JP", "US"], mode: "add" }))).toEqual({
      ok: true,
      message: "Markets added to 2 SKUs.",
    });
    expect(await markets()).toEqual([
      ["JP", "US"],
      ["JP", "US"],
    ]);
    await bulkMarketsAction({}, form({ ids, markets: ["US"], mode: "remove" }));
    expect(await markets()).toEqual([["JP"], ["JP"]]);
    await bulkMarketsAction({}, form({ ids: [ids[0]], markets: ["GB", "FR"], mode: "replace" }));
    expect(await markets()).toEqual([["FR", "GB"], ["JP"]]);
    expect(await db.auditLog.count({ where: { action: "sku.bulk_markets", entityId: mine } })).toBe(3);
  });

  it("changes nothing when another merchant's SKU is among the selected, or nothing is selected", async () => {
    as("merchant@example.com");
    const own = await db.sku.findFirstOrThrow({ where: { merchantId: mine, code: "BULK-2" } });
    const before = await db.skuMarket.findMany({ orderBy: [{ skuId: "asc" }, { country: "asc" }] });
    expect(await bulkMarketsAction({}, form({ ids: [own.id, theirsId], markets: ["BR"], mode: "replace" }))).toEqual({
      ok: false,
      message: "Some of the selected SKUs do not exist; nothing was changed.",
    });
    const none = await bulkMarketsAction({}, form({ markets: ["BR"], mode: "add" }));
    expect(none).toMatchObject({ ok: false, message: "Tick at least one SKU." });
    as("pending@example.com");
    expect((await bulkMarketsAction({}, form({ ids: [own.id], markets: ["BR"], mode: "add" }))).message).toBe(
      "You may not change these SKUs.",
    );
    expect(await db.skuMarket.findMany({ orderBy: [{ skuId: "asc" }, { country: "asc" }] })).toEqual(before);
  });
});
