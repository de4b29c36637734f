import { TIME_ZONE, type Locale } from "./config";

/**
 * Formats an amount of CNY given in fen (the smallest unit) for reading:
 * large amounts as 亿元 / 万元 in Chinese and billion / million CNY in English.
 */
export function formatCnyCompact(fen: number | bigint, locale: Locale): string {
  const yuan = Number(fen) / 100;
  const abs = Math.abs(yuan);
  const num = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
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
  return new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code" }).format(
    Number(minor) / 10 ** minorDigits,
  );
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Dates are stored in UTC and shown in Asia/Shanghai. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(date);
}
