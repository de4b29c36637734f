import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { memoizeFields } from "./memoize-fields";
import { SkuTextInput } from "./sku";

const REPEATING = ["hsCode", "originCountry", "unitPrice", "currency", "weightGrams", "markets", "platforms", "stock"];

/** Rows as an import gives them: cells drawn from small pools, so values repeat, good and bad mixed. */
const row = fc.record({
  code: fc.constantFrom("XY-1", "XY-2", " XY-3", "", "."),
  nameZh: fc.constantFrom("蓝牙耳机", "", "  "),
  nameEn: fc.constantFrom("Earbuds", ""),
  hsCode: fc.constantFrom("8518300000", "8518.30.0000", "851830", "85183000", "123", "8.51822E+09", ""),
  originCountry: fc.constantFrom(undefined, "CN", "us", "XX"),
  unitPrice: fc.constantFrom("129.00", "12.5", "12.345", "0", "abc", "", "1,234.50"),
  currency: fc.constantFrom("CNY", "usd", "JPY", "KWD", "XXX", ""),
  weightGrams: fc.constantFrom("60", "0", "-1", "1e3", ""),
  markets: fc.constantFrom([], ["US"], ["us", "DE", "US"], ["ZZ"]),
  platforms: fc.constantFrom([], ["amazon"], ["Tmall", "amazon"], ["bad code!"]),
  stock: fc.constantFrom({}, { "XIYONG-B1": "120" }, { "xiyong-g1": "" }, { "XIYONG-B1": "-3" }, { "bad code": "1" }),
  status: fc.constantFrom(undefined, "ACTIVE", "ARCHIVED", "gone"),
});

describe("memoizeFields", () => {
  it("gives exactly what the SKU rules give, row after row, valid or not", () => {
    const fast = memoizeFields(SkuTextInput, REPEATING);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        for (const r of rows) expect(fast.safeParse(r)).toEqual(SkuTextInput.safeParse(r));
      }),
      { numRuns: 200 },
    );
  });

  it("checks each distinct value of a field once, and hands each row its own copy", () => {
    let runs = 0;
    const list = z.array(z.string().refine(() => (runs++, true)));
    const schema = z.object({ id: z.string(), tags: list }).transform((v) => v);
    const fast = memoizeFields(schema, ["tags"]);
    const first = fast.safeParse({ id: "a", tags: ["x", "y"] });
    const second = fast.safeParse({ id: "b", tags: ["x", "y"] });
    expect(runs).toBe(2);
    expect(second).toEqual({ success: true, data: { id: "b", tags: ["x", "y"] } });
    expect(first.data!.tags).not.toBe(second.data!.tags);
  });

  it("refuses a schema that is not an object", () => {
    expect(() => memoizeFields(z.string(), ["x"])).toThrow(/object schema/);
  });
});
