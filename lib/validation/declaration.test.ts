import { describe, expect, it } from "vitest";
import { declarationSchema, normalizeDay, parseDecimal } from "./declaration";

const schema = declarationSchema("2026-11-30");
const row = {
  declaredOn: "2026-11-03",
  customsMode: "9610",
  direction: "EXPORT",
  country: "US",
  amount: "12500.00",
  currency: "USD",
  platform: "amazon",
  hsChapter: "85",
  reference: "800120250000000001",
};
const messages = (input: object) => {
  const out: Record<string, string> = {};
  for (const i of schema.safeParse({ ...row, ...input }).error?.issues ?? []) out[String(i.path[0])] ??= i.message;
  return out;
};

describe("declaration dates", () => {
  it("accept 2026年11月3日, 2026/11/3 and 2026-11-03 as the same day", () => {
    for (const text of [
      "2026年11月3日",
      "2026年11月03日",
      "2026/11/3",
      "2026-11-03",
      " 2026-11-03 ",
      "２０２６年１１月３日",
    ])
      expect(normalizeDay(text)).toBe("2026-11-03");
    expect(schema.parse({ ...row, declaredOn: "2026年11月3日" }).declaredOn).toBe("2026-11-03");
  });

  it("refuse days that do not exist", () => {
    for (const text of ["2026年2月30日", "2026/13/1", "3/11/2026", "2026年11月"]) expect(normalizeDay(text)).toBeNull();
  });
});

describe("declaration amounts", () => {
  it('refuse "12,5" as ambiguous, and read 1,234.50 as thousands', () => {
    expect(messages({ amount: "12,5" })).toEqual({ amount: "ambiguousComma" });
    expect(parseDecimal("12,5", 2)).toBeNull();
    expect(schema.parse({ ...row, amount: "1,234.50" }).valueMinor).toBe(123_450n);
  });

  it("read full-width amounts, and ¥ or 元 only in CNY", () => {
    expect(schema.parse({ ...row, amount: "１２３．００" }).valueMinor).toBe(12_300n);
    expect(schema.parse({ ...row, amount: "￥12.00", currency: "CNY" }).valueMinor).toBe(1200n);
    expect(schema.parse({ ...row, amount: "12.00元", currency: "CNY" }).valueMinor).toBe(1200n);
    expect(messages({ amount: "¥12.00" })).toEqual({ amount: "currencySignNotCny" });
  });

  it("refuse scientific notation in the amount and the declaration number", () => {
    expect(messages({ amount: "1.25E+04" })).toEqual({ amount: "scientificNotation" });
    expect(messages({ reference: "8.0012E+17" })).toEqual({ reference: "scientificNotation" });
  });
});

describe("every declaration field is trimmed the same way", () => {
  it('takes "9610 " as 9610, as the other fields are trimmed', () => {
    const parsed = schema.parse({
      ...row,
      customsMode: " 9610 ",
      direction: " export ",
      country: " us",
      currency: "USD ",
      amount: " 12500 ",
      platform: " amazon ",
      hsChapter: " 85 ",
      reference: " 800120250000000001 ",
    });
    expect(parsed).toMatchObject({
      customsMode: "9610",
      direction: "EXPORT",
      country: "US",
      currency: "USD",
      platform: "amazon",
      hsChapter: "85",
      reference: "800120250000000001",
    });
  });
});
