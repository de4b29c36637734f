import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export async function getUiLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** Picks the Chinese or English variant of a bilingual record's field. */
export function localized<T extends Record<string, unknown>>(record: T, field: string, locale: Locale): string {
  const zh = record[`${field}Zh`];
  const en = record[`${field}En`];
  const preferred = locale === "zh-CN" ? zh : en;
  const fallback = locale === "zh-CN" ? en : zh;
  return String((preferred as string) || (fallback as string) || "");
}
