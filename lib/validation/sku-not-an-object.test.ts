import { describe, expect, it } from "vitest";
import { SkuBatchInput } from "@/lib/server/api/schemas";
import { SkuInput, SkuTextInput } from "./sku";

// Found by the fuzzer (app/fuzz/route-handlers.test.ts): POST /api/v1/skus with
// {"items": [null]} was a 500, the name check reading a field of null.
describe("a SKU that is not an object", () => {
  it("is refused, not thrown on, whatever stands in its place", () => {
    for (const value of [null, undefined, 1, "x", [], true]) {
      expect(SkuInput.safeParse(value).success).toBe(false);
      expect(SkuTextInput.safeParse(value).success).toBe(false);
    }
    expect(SkuBatchInput.safeParse({ items: [null, 7, "sku"] }).success).toBe(false);
  });
});
