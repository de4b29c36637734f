import { TIME_ZONE, type Locale } from "./config";
import { dateTimeFormat, numberFormat } from "./intl-cache";

/**
 * Formats an amount of CNY given in fen (the smallest unit) for reading:
 * large amounts as 亿元 / 万元 in Chinese and billion / million CNY in English.
 */
export function formatCnyCompact(fen: number | bigint, locale: Locale): string {
  const yuan = Number(fen) / 100;
  const abs = Math.abs(yuan);
  const num = (value: number, digits: number) =>
    numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  if (locale === "zh-CN") {
    if (abs >= 1e8) return `${num(yuan / 1e8, 2)}亿元`;
    if (abs >= 1e4) return `${num(yuan / 1e4, 2)}万元`;
    return `${num(yuan, 2)}元`;
  }
  if (abs >= 1e9) return `${num(yuan / 1e9, 2)} billion CNY`;
  if (abs >= 1e6) return `${num(yuan / 1e6, 2)} million CNY`;
  return `${num(yuan, 2)} CNY`;
}

/** An exact amount in minor units with its ISO 4217 currency. */
export function formatMoney(minor: number | bigint, currency: string, locale: Locale, minorDigits = 2): string {
  return numberFormat(locale, { style: "currency", currency, currencyDisplay: "code" }).format(
    Number(minor) / 10 ** minorDigits,
  );
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

// Dates are stored in UTC and shown in Asia/Shanghai, in one form per language:
// "9 Dec 2026" and "9 Dec 2026, 14:03" in English (day first, so neither an
// American nor a European reader takes 12/09 for the wrong month), and
// "2026年12月9日" and "2026年12月9日 14:03" in Chinese. The English form is put
// together from parts because ICU's en-GB writes September as "Sept" in some
// versions and not in others.
const EN_PARTS = dateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const ZH_DATE = dateTimeFormat("zh-CN", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
});
const TIME = dateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function englishDate(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    EN_PARTS.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}`;
}

/** "9 Dec 2026" or "2026年12月9日", the day in Shanghai. */
export function formatDate(date: Date, locale: Locale): string {
  return locale === "en" ? englishDate(date) : ZH_DATE.format(date);
}

/** "14:03" in Shanghai, 24-hour, the same in both languages. */
export function formatTime(date: Date): string {
  return TIME.format(date);
}

/** "9 Dec 2026, 14:03" or "2026年12月9日 14:03", in Shanghai. */
export function formatDateTime(date: Date, locale: Locale): string {
  return locale === "en" ? `${englishDate(date)}, ${formatTime(date)}` : `${ZH_DATE.format(date)} ${formatTime(date)}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as a date input gives it ("2026-12-09") in the portal's form; null when it is no day. */
export function formatDay(day: string, locale: Locale): string | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const noonInShanghai = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 4));
  if (noonInShanghai.toISOString().slice(0, 10) !== day) return null;
  return formatDate(noonInShanghai, locale);
}
