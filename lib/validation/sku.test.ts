import { describe, expect, it } from "vitest";
import {
  BulkMarkets,
  displayPrice,
  hsCodeField,
  isValidHsCode,
  minorToDecimal,
  parseDecimalToMinor,
  SkuFilters,
  SkuInput,
  SkuTextInput,
} from "./sku";

const apiSku = {
  code: "XY-BT-001",
  nameZh: "蓝牙耳机",
  hsCode: "8518300000",
  unitPriceMinor: 12900,
  currency: "cny",
  weightGrams: 60,
  markets: ["us", "DE", "US"],
  stock: { "xiyong-b1": 120 },
};

const formSku = {
  code: "XY-BT-001",
  nameZh: "蓝牙耳机",
  nameEn: "",
  hsCode: "8518.30.0000",
  originCountry: "CN",
  unitPrice: "129.5",
  currency: "CNY",
  weightGrams: "60",
  markets: ["US"],
  platforms: [],
  stock: { "XIYONG-B1": "120", "XIYONG-G1": "" },
};

/** The first message of each path, as the forms and the API show them. */
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const out: Record<string, string> = {};
  for (const i of result.error?.issues ?? []) out[i.path.map(String).join(".")] ??= i.message;
  return out;
};

describe("HS codes", () => {
  it("refuse a code of 7 or 9 digits as one whose leading zero Excel dropped, never as another chapter", () => {
    // 0101210000 (live horses, chapter 01) as Excel leaves it: it would read as chapter 10 (cereals).
    expect(messages(hsCodeField.safeParse("101210000"))).toEqual({ "": "hsCodeLeadingZero" });
    expect(messages(hsCodeField.safeParse("1012100"))).toEqual({ "": "hsCodeLeadingZero" });
    expect(hsCodeField.parse("0101210000")).toBe("0101210000");
  });

  it("refuse Excel's scientific notation, and read full-width digits as digits", () => {
    expect(messages(hsCodeField.safeParse("8.51822E+09"))).toEqual({ "": "scientificNotation" });
    expect(messages(hsCodeField.safeParse("8.51822e+09"))).toEqual({ "": "scientificNotation" });
    expect(hsCodeField.parse("８５１８．３０．００００")).toBe("8518300000");
  });

  it("accept 6, 8 or 10 digits whose first two are an HS chapter", () => {
    for (const code of ["851830", "85183000", "8518300000", "0902109000", "8518.30 00.00"])
      expect(isValidHsCode(code)).toBe(true);
    expect(hsCodeField.parse("8518.30.0000")).toBe("8518300000");
  });

  it("refuse too few or too many digits, letters, and chapters that do not exist", () => {
    expect(messages(hsCodeField.safeParse("85183"))).toEqual({ "": "hsCodeLength" });
    expect(messages(hsCodeField.safeParse("85183000001"))).toEqual({ "": "hsCodeLength" });
    expect(messages(hsCodeField.safeParse("8518A0"))).toEqual({ "": "hsCodeLength" });
    expect(messages(hsCodeField.safeParse(""))).toEqual({ "": "required" });
    // 00 and 98 are not chapters; 77 is reserved.
    for (const code of ["001234", "980000", "770000"])
      expect(messages(hsCodeField.safeParse(code))).toEqual({ "": "hsChapterUnknown" });
  });
});

describe("prices in minor units", () => {
  it("convert decimals exactly, never through a float", () => {
    expect(parseDecimalToMinor("129.5", 2)).toEqual({ ok: true, value: 12950 });
    expect(parseDecimalToMinor("0.29", 2)).toEqual({ ok: true, value: 29 });
    expect(parseDecimalToMinor("1,299.00", 2)).toEqual({ ok: true, value: 129900 });
    expect(parseDecimalToMinor("1500", 0)).toEqual({ ok: true, value: 1500 });
    expect(parseDecimalToMinor("1500.00", 0)).toEqual({ ok: true, value: 1500 });
    expect(parseDecimalToMinor("1.5", 0)).toEqual({ ok: false, reason: "priceDecimals" });
    expect(parseDecimalToMinor("1.005", 2)).toEqual({ ok: false, reason: "priceDecimals" });
    expect(parseDecimalToMinor("-1", 2)).toEqual({ ok: false, reason: "price" });
    expect(parseDecimalToMinor("abc", 2)).toEqual({ ok: false, reason: "price" });
    expect(minorToDecimal(12950, 2)).toBe("129.50");
    expect(minorToDecimal(5, 2)).toBe("0.05");
    expect(minorToDecimal(1500, 0)).toBe("1500");
    expect(displayPrice(12345, "KWD")).toBe("12.345");
  });
});

describe("a SKU from the API", () => {
  it("is normalised: codes upper-cased, markets de-duplicated and sorted, defaults filled", () => {
    expect(SkuInput.parse(apiSku)).toEqual({
      code: "XY-BT-001",
      nameZh: "蓝牙耳机",
      nameEn: "",
      hsCode: "8518300000",
      originCountry: "CN",
      unitPriceMinor: 12900,
      currency: "CNY",
      weightGrams: 60,
      markets: ["DE", "US"],
      platforms: [],
      stock: { "XIYONG-B1": 120 },
      status: "ACTIVE",
    });
  });

  it("reports every bad field at once, each with its own message", () => {
    const result = SkuInput.safeParse({
      ...apiSku,
      code: "bad code!",
      nameZh: "",
      hsCode: "12",
      originCountry: "XX",
      unitPriceMinor: -5,
      currency: "RMB",
      weightGrams: 0,
      markets: ["US", "ZZ"],
      stock: { "XIYONG-B1": -1 },
    });
    expect(messages(result)).toEqual({
      code: "skuCode",
      nameZh: "nameRequired",
      hsCode: "hsCodeLength",
      originCountry: "country",
      unitPriceMinor: "priceMinor",
      currency: "currency",
      weightGrams: "weight",
      "markets.1": "country",
      "stock.XIYONG-B1": "quantity",
    });
  });

  it("takes prices and weights as whole numbers only", () => {
    expect(messages(SkuInput.safeParse({ ...apiSku, unitPriceMinor: 12.5 }))).toEqual({ unitPriceMinor: "priceMinor" });
    expect(messages(SkuInput.safeParse({ ...apiSku, unitPriceMinor: "129.00" }))).toEqual({
      unitPriceMinor: "priceMinor",
    });
    expect(messages(SkuInput.safeParse({ ...apiSku, weightGrams: 60.5 }))).toEqual({ weightGrams: "weight" });
  });

  it("says which required fields are missing", () => {
    expect(messages(SkuInput.safeParse({ nameEn: "x", hsCode: 8518300000 }))).toEqual({
      code: "required",
      hsCode: "invalid",
      currency: "required",
      unitPriceMinor: "priceMinor",
      weightGrams: "weight",
    });
  });

  it("limits the code to 64 letters, digits, '-', '_' and '.'", () => {
    expect(SkuInput.safeParse({ ...apiSku, code: "A.b_c-9" }).success).toBe(true);
    expect(messages(SkuInput.safeParse({ ...apiSku, code: "A".repeat(65) }))).toEqual({ code: "skuCodeTooLong" });
    expect(messages(SkuInput.safeParse({ ...apiSku, code: "编码" }))).toEqual({ code: "skuCode" });
  });

  it("refuses spaces around a code instead of trimming them, so that two codes never merge", () => {
    for (const code of [" LEAD", "LEAD ", "\tLEAD", "LEAD\u3000"]) {
      expect(messages(SkuInput.safeParse({ ...apiSku, code }))).toEqual({ code: "skuCodeSpaces" });
      expect(messages(SkuTextInput.safeParse({ ...formSku, code }))).toEqual({ code: "skuCodeSpaces" });
    }
  });

  it("refuses codes no URL can name: '.', '..' and others without a letter or digit", () => {
    for (const code of [".", "..", "...", "-", "_."])
      expect(messages(SkuInput.safeParse({ ...apiSku, code }))).toEqual({ code: "skuCodeNeedsAlnum" });
    expect(SkuInput.safeParse({ ...apiSku, code: ".a." }).success).toBe(true);
  });

  it("refuses a code in Excel's scientific notation", () => {
    expect(messages(SkuInput.safeParse({ ...apiSku, code: "6.92207E+12" }))).toEqual({ code: "scientificNotation" });
    expect(messages(SkuInput.safeParse({ ...apiSku, code: "1E-05" }))).toEqual({ code: "scientificNotation" });
    expect(SkuInput.safeParse({ ...apiSku, code: "12E3" }).success).toBe(true);
  });

  it("needs a name in at least one language", () => {
    expect(SkuInput.safeParse({ ...apiSku, nameZh: "", nameEn: "Earbuds" }).success).toBe(true);
    expect(messages(SkuInput.safeParse({ ...apiSku, nameZh: " ", nameEn: "" }))).toEqual({ nameZh: "nameRequired" });
  });
});

describe("a SKU from the form or a CSV row", () => {
  it("turns the decimal price into minor units of its currency, and blank stock into 0", () => {
    expect(SkuTextInput.parse(formSku)).toMatchObject({
      unitPriceMinor: 12950,
      hsCode: "8518300000",
      weightGrams: 60,
      stock: { "XIYONG-B1": 120, "XIYONG-G1": 0 },
    });
    expect(SkuTextInput.parse({ ...formSku, unitPrice: "1500", currency: "JPY" }).unitPriceMinor).toBe(1500);
  });

  it("refuses more decimals than the currency has, and non-numeric weights and quantities", () => {
    expect(messages(SkuTextInput.safeParse({ ...formSku, unitPrice: "15.5", currency: "JPY" }))).toEqual({
      unitPrice: "priceDecimals",
    });
    expect(messages(SkuTextInput.safeParse({ ...formSku, unitPrice: "" }))).toEqual({ unitPrice: "required" });
    expect(messages(SkuTextInput.safeParse({ ...formSku, weightGrams: "1.5", stock: { "XIYONG-B1": "ten" } }))).toEqual(
      {
        weightGrams: "weight",
        "stock.XIYONG-B1": "quantity",
      },
    );
    expect(messages(SkuTextInput.safeParse({ ...formSku, unitPrice: "99999999999" }))).toEqual({
      unitPrice: "priceTooHigh",
    });
  });
});

describe("list filters and bulk edits", () => {
  it("fall back to defaults for anything odd in the URL", () => {
    expect(SkuFilters.parse({ market: "zz", chapter: "77x", status: "nope", q: "  耳机 " })).toEqual({
      q: "耳机",
      status: "ACTIVE",
    });
    expect(SkuFilters.parse({ market: "us", chapter: "85", warehouse: "xiyong-b1", status: "ALL" })).toEqual({
      q: "",
      market: "US",
      chapter: "85",
      warehouse: "XIYONG-B1",
      status: "ALL",
    });
  });

  it("need at least one SKU, one market and a mode", () => {
    expect(messages(BulkMarkets.safeParse({ ids: [], markets: [], mode: "swap" }))).toEqual({
      ids: "noneSelected",
      markets: "marketsRequired",
      mode: "invalidChoice",
    });
    expect(BulkMarkets.parse({ ids: ["a"], markets: ["de", "DE", "us"], mode: "add" }).markets).toEqual(["DE", "US"]);
  });
});
