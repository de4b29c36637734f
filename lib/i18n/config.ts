export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const TIME_ZONE = "Asia/Shanghai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language of a browser's Accept-Language header, by weight: any Chinese
 * (zh, zh-CN, zh-TW, zh-HK, zh-Hant…) reads the Simplified catalog, any English
 * the English one. A browser that asks for neither gets English, the portal's
 * language for foreign partners; only a request without the header (a script,
 * a crawler) gets Chinese, the park's own language. A language the user picked
 * is a cookie and wins before this is asked (lib/i18n/request.ts).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header?.trim()) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(weight) ? weight : 0 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}

/** The page language: the user's own choice (the NEXT_LOCALE cookie) wins over what the browser asks for. */
export function negotiateLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(chosen) ? chosen : localeFromAcceptLanguage(acceptLanguage);
}
