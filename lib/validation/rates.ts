import { z } from "zod";
import { isCurrencyCode } from "@/lib/reference/currencies";
import { MONTH_PATTERN } from "@/lib/time/months";
import { parseDecimal } from "./declaration";
import { optionalText, recordId } from "./text";

// Messages are keys of the `dataValidation` namespace in dashboard.json.

export const monthField = z.string().trim().regex(MONTH_PATTERN, "month");

/** A monthly rate as typed: CNY per unit with up to 6 decimals, kept as micros. */
export const RateInput = z.object({
  month: monthField,
  currency: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z
      .string()
      .min(1, "required")
      .refine(isCurrencyCode, "currency")
      .refine((c) => c !== "CNY", "rateCurrency"),
  ),
  rate: z.string().transform((v, ctx) => {
    const micros = parseDecimal(v, 6);
    if (micros === null || micros <= 0n || micros > 1_000_000_000_000n) {
      ctx.addIssue({ code: "custom", message: "rate" });
      return z.NEVER;
    }
    return micros;
  }),
});
export type RateInputValues = z.output<typeof RateInput>;

/** 0.01 万元 = 100 CNY = 10,000 fen. */
const FEN_PER_HUNDREDTH_WAN = 10_000n;

/** An official figure in 万元 with up to 2 decimals, as fen; null when malformed. */
export function parseWanYuan(raw: string): bigint | null {
  const scaled = parseDecimal(raw, 2);
  return scaled === null ? null : scaled * FEN_PER_HUNDREDTH_WAN;
}

export const OfficialStatInput = z.object({
  zoneId: recordId("zone"),
  month: monthField,
  value: z.string().transform((v, ctx) => {
    const fen = parseWanYuan(v);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: v.trim() ? "value" : "required" });
      return z.NEVER;
    }
    return fen;
  }),
  source: optionalText(200),
});
export type OfficialStatValues = z.output<typeof OfficialStatInput>;

export const OfficialStatKey = z.object({ zoneId: recordId(), month: monthField });
