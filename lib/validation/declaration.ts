import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { currencyMinorDigits, isCurrencyCode } from "@/lib/reference/currencies";
import { isUsableHsChapter } from "@/lib/reference/hs-chapters";
import { normalizeTyped, parseAmount, SCIENTIFIC_NOTATION, type AmountProblem } from "./decimal";
import { optionalText, plainText, trimmed } from "./text";

// Error messages are keys of the `dataValidation` namespace in dashboard.json,
// or of `dataQuality` (data-quality.json) for what Excel and typing do to data.

/** China customs supervision codes a CBEC declaration may use (DOMAIN.md). */
export const CUSTOMS_MODES = ["9610", "9710", "9810", "1210", "1039"] as const;
export type CustomsMode = (typeof CUSTOMS_MODES)[number];
export const MARKET_PROCUREMENT_MODE = "1039";
/** B2B direct export, export to overseas warehouses and market procurement only go out. */
export const EXPORT_ONLY_MODES: ReadonlySet<string> = new Set(["9710", "9810", "1039"]);

export const DIRECTIONS = ["EXPORT", "IMPORT"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const EARLIEST_DECLARATION_DAY = "2015-01-01";

/**
 * A decimal amount typed by a person ("150,000.00") as an integer scaled by
 * 10^fractionDigits, without ever going through a float. Null when malformed,
 * ambiguous ("12,5") or more precise than allowed. Read by parseAmount, the
 * one reader of typed amounts (lib/validation/decimal.ts).
 */
export function parseDecimal(raw: string, fractionDigits: number): bigint | null {
  const amount = parseAmount(raw, fractionDigits);
  return amount.ok ? amount.value : null;
}

/**
 * A day as offices write it, as YYYY-MM-DD when it is a real day; else null:
 * "2024-03-05", Excel's "2024/3/5", "2024年3月5日" and "2024.3.5", also in
 * full-width digits.
 */
export function normalizeDay(raw: string): string | null {
  const text = normalizeTyped(raw);
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * For a rule across fields: it runs as soon as those fields parse, even when
 * others do not, so a form shows every problem at once.
 */
export function whenValid<S extends z.ZodObject>(schema: S, fields: readonly (keyof S["shape"] & string)[]) {
  const picked = z.object(Object.fromEntries(fields.map((f) => [f, schema.shape[f]])) as Record<string, z.ZodType>);
  return { when: (payload: { value: unknown }) => picked.safeParse(payload.value).success };
}

const DIRECTION_WORDS: Readonly<Record<string, Direction>> = {
  export: "EXPORT",
  import: "IMPORT",
  出口: "EXPORT",
  进口: "IMPORT",
};

const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

const declarationFields = z.object({
  declaredOn: z.string().transform((v, ctx) => {
    const day = normalizeDay(v);
    if (!day) ctx.addIssue({ code: "custom", message: v.trim() ? "date" : "required" });
    return day ?? z.NEVER;
  }),
  customsMode: trimmed(z.enum(CUSTOMS_MODES, { error: "invalidChoice" })),
  direction: z.preprocess(
    (v) => (typeof v === "string" ? (DIRECTION_WORDS[v.trim().toLowerCase()] ?? v.trim().toUpperCase()) : v),
    z.enum(DIRECTIONS, { error: "invalidChoice" }),
  ),
  country: z.preprocess(
    upper,
    z
      .string()
      .min(1, "required")
      .refine(isCountryCode, "country")
      .refine((c) => c !== "CN", "countryNotForeign"),
  ),
  currency: z.preprocess(upper, z.string().min(1, "required").refine(isCurrencyCode, "currency")),
  amount: z.string().trim().min(1, "required"),
  platform: optionalText(100),
  hsChapter: z
    .string()
    .trim()
    .default("")
    .transform((c) => (/^\d$/.test(c) ? `0${c}` : c))
    .refine((c) => !c || isUsableHsChapter(c), "hsChapter"),
  reference: z
    .string()
    .trim()
    .min(1, "required")
    .refine((v) => !SCIENTIFIC_NOTATION.test(v), "scientificNotation")
    .max(64, "tooLong")
    .regex(/^[A-Za-z0-9._/-]+$/, "reference"),
});
/** What a refused amount says: dataValidation's own keys for the plain cases, dataQuality's for the others. */
const AMOUNT_MESSAGES: Record<AmountProblem, string> = {
  format: "amount",
  decimals: "amount",
  ambiguousComma: "ambiguousComma",
  scientificNotation: "scientificNotation",
  currencySignNotCny: "currencySignNotCny",
};

const once = (...fields: (keyof typeof declarationFields.shape)[]) => whenValid(declarationFields, fields);

/**
 * One declaration as a merchant types it (form) or lists it (CSV row). The
 * rules that need the database (rates, the pilot park, the 1039 cap, the
 * platform) are checked by the use case.
 */
export function declarationSchema(today: string) {
  return declarationFields
    .superRefine((v, ctx) => {
      if (v.declaredOn > today) ctx.addIssue({ code: "custom", path: ["declaredOn"], message: "dateFuture" });
      else if (v.declaredOn < EARLIEST_DECLARATION_DAY)
        ctx.addIssue({ code: "custom", path: ["declaredOn"], message: "dateTooOld" });
    }, once("declaredOn"))
    .superRefine(
      (v, ctx) => {
        if (EXPORT_ONLY_MODES.has(v.customsMode) && v.direction !== "EXPORT")
          ctx.addIssue({ code: "custom", path: ["direction"], message: "exportOnly" });
      },
      once("customsMode", "direction"),
    )
    .superRefine(
      (v, ctx) => {
        if (!v.platform && v.customsMode !== MARKET_PROCUREMENT_MODE)
          ctx.addIssue({ code: "custom", path: ["platform"], message: "platformRequired" });
      },
      once("customsMode", "platform"),
    )
    .superRefine(
      (v, ctx) => {
        const amount = parseAmount(v.amount, currencyMinorDigits(v.currency), v.currency);
        const message = !amount.ok
          ? AMOUNT_MESSAGES[amount.reason]
          : amount.value <= 0n
            ? "amountPositive"
            : amount.value > 10n ** 15n
              ? "amountTooLarge"
              : null;
        if (message) ctx.addIssue({ code: "custom", path: ["amount"], message });
      },
      once("currency", "amount"),
    )
    .transform((v) => ({
      ...v,
      month: v.declaredOn.slice(0, 7),
      valueMinor: (parseAmount(v.amount, currencyMinorDigits(v.currency), v.currency) as { value: bigint }).value,
    }));
}
export type DeclarationValues = z.output<ReturnType<typeof declarationSchema>>;

/** The declaration list's filters, from the URL; anything odd falls back to "all". */
export const DeclarationFilters = z.object({
  year: z.coerce.number().int().min(2015).max(2100).optional().catch(undefined),
  mode: z.enum(CUSTOMS_MODES).optional().catch(undefined),
  direction: z.enum(DIRECTIONS).optional().catch(undefined),
  country: z.preprocess(upper, z.string().refine(isCountryCode).optional()).catch(undefined),
  /** Part of the merchant's own reference. */
  q: plainText(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type DeclarationFilters = z.infer<typeof DeclarationFilters>;
