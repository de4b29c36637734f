import type { Locale } from "@/lib/i18n/config";
import { dateTimeFormat, numberFormat } from "@/lib/i18n/intl-cache";

/** A share as a percentage with one decimal ("28.6%"). */
export function formatPercent(ratio: number, locale: Locale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ratio);
}

/** A change as a signed percentage ("+12.3%", "−4.0%"); "—" without a base. */
export function formatChange(ratio: number | null, locale: Locale): string {
  if (ratio === null) return "—";
  return numberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(ratio);
}

/** "2023-01" as "2023年1月" or "Jan 2023". */
export function formatMonth(month: string, locale: Locale): string {
  return dateTimeFormat(locale, {
    year: "numeric",
    month: locale === "en" ? "short" : "long",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A goal's percentage as computed once (46.9 → "46.9%"), the same on every screen. */
export function formatGoalPercent(percent: number, locale: Locale): string {
  return formatPercent(percent / 100, locale);
}

/** The badge tone of a goal's verdict, in the goals list and the pace card. */
export const VERDICT_TONE = {
  not_started: "neutral",
  on_track: "good",
  achieved: "good",
  off_track: "warn",
  missed: "bad",
} as const;
