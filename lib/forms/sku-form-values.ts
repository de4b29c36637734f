/** The SKU form's fields as typed, to show again after a refusal. */
export type SkuFormValues = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  originCountry: string;
  unitPrice: string;
  currency: string;
  weightGrams: string;
  /** Units at or below which the merchant's home lists the SKU as low in stock. */
  lowStockThreshold: string;
  markets: string[];
  platforms: string[];
  /** Quantity typed per warehouse code (inputs named `stock_<code>`). */
  stock: Record<string, string>;
  status: string;
};

/** What was typed into the SKU form, as strings. */
export function skuFormValues(raw: Record<string, unknown>): SkuFormValues {
  const text = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");
  const list = (k: string) =>
    Array.isArray(raw[k]) ? (raw[k] as unknown[]).filter((x): x is string => typeof x === "string") : [];
  const stock = Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => k.startsWith("stock_") && typeof v === "string")
      .map(([k, v]) => [k.slice(6), v as string]),
  );
  return {
    id: text("id"),
    code: text("code"),
    nameZh: text("nameZh"),
    nameEn: text("nameEn"),
    hsCode: text("hsCode"),
    originCountry: text("originCountry"),
    unitPrice: text("unitPrice"),
    currency: text("currency"),
    weightGrams: text("weightGrams"),
    lowStockThreshold: text("lowStockThreshold"),
    markets: list("markets"),
    platforms: list("platforms"),
    stock,
    status: text("status") || "ACTIVE",
  };
}
