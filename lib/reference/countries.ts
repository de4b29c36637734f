// ISO 3166-1 alpha-2 countries and regions (merchants' target markets), with
// Simplified Chinese and English names from the i18n-iso-countries package,
// corrected to GB/T 2659 by the one table in ./gbt2659.ts.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { EN_NAMES, GBT2659_ZH } from "./gbt2659";

export type CountryLocale = "zh-CN" | "en";
export type CountryOption = { code: string; name: string };

countries.registerLocale(en);
countries.registerLocale(zh);

// "XK" (Kosovo) is in the package but is a user-assigned code, not part of ISO 3166-1.
const NOT_ISO_3166_1 = new Set(["XK"]);

/** All ISO 3166-1 alpha-2 codes, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.freeze(
  Object.keys(countries.getAlpha2Codes())
    .filter((code) => !NOT_ISO_3166_1.has(code))
    .sort(),
);

const codeSet: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** True for an upper-case ISO 3166-1 alpha-2 code ("US", "CN"). */
export function isCountryCode(code: string): boolean {
  return codeSet.has(code);
}

/** The country's name in the given locale; the code is matched case-insensitively. */
export function countryName(code: string, locale: CountryLocale): string | undefined {
  const upper = code.trim().toUpperCase();
  if (!codeSet.has(upper)) return undefined;
  if (locale === "en") return EN_NAMES[upper] ?? countries.getName(upper, "en");
  return GBT2659_ZH[upper] ?? countries.getName(upper, "zh");
}

const optionsCache = new Map<CountryLocale, readonly CountryOption[]>();

/** { code, name } for every country, sorted by name in that locale. */
export function countryOptions(locale: CountryLocale): CountryOption[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) ?? code })).sort(
      (a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1),
    );
    optionsCache.set(locale, options);
  }
  return options.map((o) => ({ ...o }));
}
