import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { currencyMinorDigits, isCurrencyCode } from "@/lib/reference/currencies";
import { isHsChapter, isUsableHsChapter } from "@/lib/reference/hs-chapters";
import { minorToDecimal, normalizeTyped, parseAmount, SCIENTIFIC_NOTATION, type AmountProblem } from "./decimal";
import { optionalText, plainText, recordId } from "./text";

// One set of SKU rules for the form, the CSV import and the ERP API. Error
// messages are keys of the `skuValidation` namespace (falling back to
// `validation`); the forms, the import report and the API translate them.

export const SKU_STATUSES = ["ACTIVE", "ARCHIVED"] as const;
export const MAX_PRICE_MINOR = 1_000_000_000;
export const MAX_WEIGHT_GRAMS = 100_000_000;
export const MAX_QUANTITY = 1_000_000_000;
export const MAX_MARKETS = 249;
export const WAREHOUSE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
export const PLATFORM_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** Why a typed price was refused: a key of skuValidation (price, priceDecimals) or dataQuality (the others). */
export type PriceProblem = "price" | "priceDecimals" | Exclude<AmountProblem, "format" | "decimals">;

/**
 * A decimal amount in major units ("129.5") as an integer in minor units,
 * read by parseAmount (lib/validation/decimal.ts), the one reader of typed
 * amounts: never through a float, "12,5" refused as ambiguous, ¥ and 元 only
 * with CNY.
 */
export function parseDecimalToMinor(
  text: string,
  minorDigits: number,
  currency?: string,
): { ok: true; value: number } | { ok: false; reason: PriceProblem } {
  const amount = parseAmount(text, minorDigits, currency);
  if (amount.ok) return { ok: true, value: Number(amount.value) };
  const reason = amount.reason === "format" ? "price" : amount.reason === "decimals" ? "priceDecimals" : amount.reason;
  return { ok: false, reason };
}

/** An integer amount in minor units as a decimal in major units: 12950, 2 -> "129.50". */
export { minorToDecimal };

/** A text field that must be there: "required" when it is missing, "invalid" when it is not text. */
const textField = () =>
  z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? "required" : "invalid") });

/**
 * Excel's scientific notation ("8.51822E+09", "1E-05"): what a long number
 * becomes when a column is not formatted as text. Never a real code.
 */
export const EXCEL_SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]\d+$/;

/** Letters, digits, "-", "_" and "."; at least one letter or digit, so never "." or ".." (a path's dot segments). */
export const SKU_CODE_PATTERN = /^(?=[^A-Za-z0-9]*[A-Za-z0-9])[A-Za-z0-9._-]+$/;

/**
 * A SKU code, exactly as given: leading or trailing spaces are refused, not
 * trimmed, since trimming " LEAD" to "LEAD" could merge two codes; "." and
 * ".." are refused, as no URL can name them (/api/v1/skus/.. is /api/v1).
 */
export const skuCodeField = textField()
  .min(1, "required")
  .refine((v) => v === v.trim(), "skuCodeSpaces")
  .refine((v) => !EXCEL_SCIENTIFIC.test(v), "scientificNotation")
  .max(64, "skuCodeTooLong")
  .refine((v) => /[A-Za-z0-9]/.test(v) || !/^[A-Za-z0-9._-]+$/.test(v), "skuCodeNeedsAlnum")
  .regex(SKU_CODE_PATTERN, "skuCode")
  .meta({
    description: "apiDocs.fields.code",
    examples: ["XY-BT-HP-001"],
  });

/**
 * An HS code of 6, 8 or 10 digits (the international heading, China's tariff
 * line, China's full commodity code) whose first two are an HS chapter; dots
 * and spaces are ignored, full-width digits read as digits. An odd number of
 * digits is refused as what Excel leaves of a code whose leading zero it
 * dropped ("0101210000" -> "101210000", which would read as chapter 10).
 */
export const hsCodeField = textField()
  .transform((v) => {
    const text = v.normalize("NFKC").trim();
    return EXCEL_SCIENTIFIC.test(text) ? text : text.replace(/[\s.]/g, "");
  })
  .pipe(
    z
      .string()
      .min(1, "required")
      .refine((code) => !EXCEL_SCIENTIFIC.test(code), "scientificNotation")
      .refine((code) => !/^\d{7}$|^\d{9}$/.test(code), "hsCodeLeadingZero")
      .regex(/^(?:\d{6}|\d{8}|\d{10})$/, "hsCodeLength")
      .refine((code) => isUsableHsChapter(code.slice(0, 2)), "hsChapterUnknown"),
  )
  .meta({ description: "apiDocs.fields.hsCode", examples: ["8517620000"] });

export function isValidHsCode(code: string): boolean {
  return hsCodeField.safeParse(code).success;
}

export const countryField = textField()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "country")
  .meta({ description: "apiDocs.fields.country", examples: ["US"] });

function hasMinorDigits(code: string): boolean {
  try {
    return currencyMinorDigits(code) >= 0;
  } catch {
    return false;
  }
}

export const currencyField = textField()
  .trim()
  .toUpperCase()
  .refine((c) => isCurrencyCode(c) && hasMinorDigits(c), "currency")
  .meta({ description: "apiDocs.fields.currency", examples: ["USD"] });

const nameField = optionalText(200).meta({ description: "apiDocs.fields.name" });

const uniqueSorted = (codes: string[]) => [...new Set(codes)].sort();

const marketsField = z
  .array(countryField)
  .max(MAX_MARKETS, "tooMany")
  .default([])
  .transform(uniqueSorted)
  .meta({ description: "apiDocs.fields.markets", examples: [["US", "DE"]] });

const platformsField = z
  .array(z.string().trim().toLowerCase().regex(PLATFORM_CODE_PATTERN, "platform"))
  .max(32, "tooMany")
  .default([])
  .transform(uniqueSorted)
  .meta({ description: "apiDocs.fields.platforms", examples: [["amazon"]] });

const warehouseCodeKey = z.string().trim().toUpperCase().regex(WAREHOUSE_CODE_PATTERN, "warehouse");

const intField = (max: number, message: string) => z.number(message).int(message).min(0, message).max(max, message);

const nameRequired = {
  path: ["nameZh"],
  message: "nameRequired",
  // Checked even when other fields are wrong, so every problem shows at once.
  when: () => true,
};
function hasAName(v: { nameZh?: unknown; nameEn?: unknown } | null) {
  // Run on any input (`when` above), so also on one that is not an object at all.
  if (typeof v !== "object" || v === null) return false;
  return (
    (typeof v.nameZh === "string" && v.nameZh.trim() !== "") || (typeof v.nameEn === "string" && v.nameEn.trim() !== "")
  );
}

const common = {
  code: skuCodeField,
  nameZh: nameField,
  nameEn: nameField,
  hsCode: hsCodeField,
  originCountry: countryField.default("CN"),
  currency: currencyField,
  markets: marketsField,
  platforms: platformsField,
  status: z.enum(SKU_STATUSES, "status").default("ACTIVE"),
};

/** A SKU as the ERP API sends it: amounts as integers in minor units. */
export const SkuInput = z
  .object({
    ...common,
    unitPriceMinor: intField(MAX_PRICE_MINOR, "priceMinor").meta({
      description: "apiDocs.fields.unitPriceMinor",
      examples: [12900],
    }),
    weightGrams: intField(MAX_WEIGHT_GRAMS, "weight")
      .refine((g) => g > 0, "weight")
      .meta({ description: "apiDocs.fields.weightGrams" }),
    stock: z
      .record(warehouseCodeKey, intField(MAX_QUANTITY, "quantity"))
      .default({})
      .meta({
        description: "apiDocs.fields.stockInput",
        examples: [{ "XIYONG-B1": 120 }],
      }),
  })
  .refine(hasAName, nameRequired)
  .meta({ description: "apiDocs.schemas.skuInput" });

/** The SKU every writer stores, whichever way it came in. */
export type SkuData = z.output<typeof SkuInput>;

const wholeNumberText = (max: number, message: string) =>
  z
    .string()
    .transform(normalizeTyped)
    .pipe(z.string().min(1, "required"))
    .refine((v) => !SCIENTIFIC_NOTATION.test(v), "scientificNotation")
    .pipe(z.string().regex(/^\d{1,12}$/, message))
    .transform(Number)
    .pipe(z.number().max(max, message));

/** A SKU as typed in the form or a CSV row: the price as a decimal in major units. */
export const SkuTextInput = z
  .object({
    ...common,
    unitPrice: z.string().trim().min(1, "required"),
    weightGrams: wholeNumberText(MAX_WEIGHT_GRAMS, "weight").refine((g) => g > 0, "weight"),
    stock: z
      .record(
        warehouseCodeKey,
        z
          .string()
          .trim()
          .transform((v) => v || "0")
          .pipe(wholeNumberText(MAX_QUANTITY, "quantity")),
      )
      .default({}),
  })
  .refine(hasAName, nameRequired)
  .superRefine(
    (v, ctx) => {
      const problem = v ? priceProblem(v.unitPrice, v.currency) : null;
      if (problem) ctx.addIssue({ code: "custom", path: ["unitPrice"], message: problem });
    },
    // Checked even when other fields are wrong, so every problem shows at once.
    { when: () => true },
  )
  .transform((v): SkuData => {
    const { unitPrice, ...rest } = v;
    const minor = parseDecimalToMinor(unitPrice, currencyMinorDigits(v.currency), v.currency);
    return { ...rest, unitPriceMinor: minor.ok ? minor.value : 0 };
  });

/** What is wrong with a typed price in its currency, if anything; the currency's own check reports a bad code. */
function priceProblem(price: unknown, currency: unknown): string | null {
  if (typeof price !== "string" || price.trim() === "") return null;
  const known = typeof currency === "string" && isCurrencyCode(currency) && hasMinorDigits(currency);
  const minor = parseDecimalToMinor(price, known ? currencyMinorDigits(currency) : 4, known ? currency : "CNY");
  // Without a known currency, only what is wrong whatever the currency is said.
  if (!minor.ok) return known || !["priceDecimals", "currencySignNotCny"].includes(minor.reason) ? minor.reason : null;
  return minor.value > MAX_PRICE_MINOR * (known ? 1 : 100) ? "priceTooHigh" : null;
}

/** The price of a stored SKU as the form and the CSV show it ("129.00"). */
export function displayPrice(minor: number, currency: string): string {
  return minorToDecimal(minor, hasMinorDigits(currency) ? currencyMinorDigits(currency) : 2);
}

/** Target markets to add, remove or set for several SKUs at once. */
export const BulkMarkets = z.object({
  ids: z.array(recordId()).min(1, "noneSelected").max(500, "tooMany"),
  markets: z.array(countryField).min(1, "marketsRequired").max(MAX_MARKETS, "tooMany").transform(uniqueSorted),
  mode: z.enum(["add", "remove", "replace"], "invalidChoice"),
});
export type BulkMarketsInput = z.output<typeof BulkMarkets>;

export const SKU_SORTS = ["code", "-code", "name", "-updated", "hs"] as const;
export type SkuSort = (typeof SKU_SORTS)[number];

/** The list's filters, shared by the web list (lenient) and the API (strict). */
export const SKU_FILTER_FIELDS = {
  q: plainText(100).meta({ description: "apiDocs.fields.q" }),
  market: countryField.meta({ description: "apiDocs.fields.market" }),
  chapter: z
    .string()
    .regex(/^\d{2}$/)
    .refine(isHsChapter)
    .meta({ description: "apiDocs.fields.chapter" }),
  warehouse: warehouseCodeKey.meta({ description: "apiDocs.fields.warehouse" }),
  status: z.enum(["ACTIVE", "ARCHIVED", "ALL"]).meta({ description: "apiDocs.fields.status" }),
};
const F = SKU_FILTER_FIELDS;

/** The filters as they come from a URL; anything odd falls back to the default. */
export const SkuFilters = z.object({
  q: F.q.catch("").default(""),
  market: F.market.optional().catch(undefined),
  chapter: F.chapter.optional().catch(undefined),
  warehouse: F.warehouse.optional().catch(undefined),
  status: F.status.catch("ACTIVE").default("ACTIVE"),
});
export type SkuFilters = z.output<typeof SkuFilters>;

export const SkuListParams = SkuFilters.extend({
  sort: z.enum(SKU_SORTS).catch("code").default("code"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type SkuListParams = z.output<typeof SkuListParams>;

/** Units across warehouses at or below which the merchant's home lists a SKU as low in stock. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 10;
export const MAX_LOW_STOCK_THRESHOLD = 1_000_000;

/** The SKU form's low-stock threshold: whole units, 0 to 1,000,000; empty means the default. */
export const LowStockThresholdText = z
  .string()
  .trim()
  .transform((v) => v || String(DEFAULT_LOW_STOCK_THRESHOLD))
  .pipe(z.string().regex(/^\d{1,7}$/, "lowStockThreshold"))
  .transform(Number)
  .pipe(z.number().max(MAX_LOW_STOCK_THRESHOLD, "lowStockThreshold"));
