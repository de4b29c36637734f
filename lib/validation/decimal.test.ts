import { describe, expect, it } from "vitest";
import { parseAmount } from "./decimal";
import { parseDecimalToMinor, SkuTextInput } from "./sku";

const ok = (value: bigint) => ({ ok: true, value });
const no = (reason: string) => ({ ok: false, reason });

describe("a typed amount (parseAmount)", () => {
  it('refuses "12,5" as ambiguous, never as 125.00 or 12.50', () => {
    for (const text of ["12,5", "12,50", "1,2345", "1,23,456", ",5", "12,5.0"])
      expect(parseAmount(text, 2, "USD")).toEqual(no("ambiguousComma"));
  });

  it("reads a comma as a thousands separator only where it groups thousands", () => {
    expect(parseAmount("1,234.50", 2, "USD")).toEqual(ok(123_450n));
    expect(parseAmount("150,000", 2, "USD")).toEqual(ok(15_000_000n));
    expect(parseAmount("1,234,567.89", 2, "USD")).toEqual(ok(123_456_789n));
    expect(parseAmount("150 000.00", 2, "USD")).toEqual(ok(15_000_000n));
  });

  it("reads full-width digits and points after NFKC", () => {
    expect(parseAmount("１２３．００", 2, "USD")).toEqual(ok(12_300n));
    expect(parseAmount("１，２３４．５", 2, "USD")).toEqual(ok(123_450n));
    expect(parseAmount("１２，５", 2, "USD")).toEqual(no("ambiguousComma"));
  });

  it("takes ¥, ￥ and 元 with CNY only", () => {
    for (const text of ["￥12.00", "¥12.00", "12.00元", "¥ 12", "１２元"])
      expect(parseAmount(text, 2, "CNY")).toEqual(ok(1200n));
    expect(parseAmount("¥12.00", 2, "cny")).toEqual(ok(1200n));
    for (const currency of ["USD", "JPY", undefined])
      for (const text of ["￥12.00", "¥12.00", "12.00元"])
        expect(parseAmount(text, 2, currency)).toEqual(no("currencySignNotCny"));
  });

  it("refuses scientific notation as Excel writes it", () => {
    for (const text of ["8.51822E+09", "1.2e5", "1E-02"])
      expect(parseAmount(text, 2, "USD")).toEqual(no("scientificNotation"));
  });

  it("refuses more decimals than the currency has, negatives and words", () => {
    expect(parseAmount("1.005", 2, "USD")).toEqual(no("decimals"));
    expect(parseAmount("1.50", 0, "JPY")).toEqual(no("decimals"));
    expect(parseAmount("1.00", 0, "JPY")).toEqual(ok(1n));
    expect(parseAmount("-3", 2, "USD")).toEqual(no("format"));
    expect(parseAmount("abc", 2, "USD")).toEqual(no("format"));
    expect(parseAmount("12 5", 2, "USD")).toEqual(no("format"));
  });
});

describe("SKU prices read through the same rules", () => {
  const row = {
    code: "XY-1",
    nameZh: "耳机",
    nameEn: "",
    hsCode: "8518300000",
    unitPrice: "12.00",
    currency: "CNY",
    weightGrams: "60",
    markets: [],
    platforms: [],
    stock: {},
  };
  const issue = (input: object) => SkuTextInput.safeParse({ ...row, ...input }).error?.issues[0]?.message;

  it('refuses "12,5" as a price instead of storing 125.00', () => {
    expect(parseDecimalToMinor("12,5", 2)).toEqual(no("ambiguousComma"));
    expect(issue({ unitPrice: "12,5" })).toBe("ambiguousComma");
  });

  it("takes ¥12.00, ￥12.00, 12.00元 and １２３．００ as CNY prices, and refuses ¥ with USD", () => {
    for (const unitPrice of ["¥12.00", "￥12.00", "12.00元"])
      expect(SkuTextInput.parse({ ...row, unitPrice }).unitPriceMinor).toBe(1200);
    expect(SkuTextInput.parse({ ...row, unitPrice: "１２３．００" }).unitPriceMinor).toBe(12300);
    expect(issue({ unitPrice: "¥12.00", currency: "USD" })).toBe("currencySignNotCny");
  });

  it("refuses scientific notation in the price, the weight and the stock", () => {
    expect(issue({ unitPrice: "1.2E+03" })).toBe("scientificNotation");
    expect(issue({ weightGrams: "6E+01" })).toBe("scientificNotation");
    expect(issue({ stock: { "XIYONG-B1": "1.2E+03" } })).toBe("scientificNotation");
    expect(SkuTextInput.parse({ ...row, weightGrams: "６０" }).weightGrams).toBe(60);
  });
});
