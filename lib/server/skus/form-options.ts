import "server-only";
import { db } from "@/lib/server/db";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { countryOptions } from "@/lib/reference/countries";

/** Currencies offered first in the form; any ISO 4217 code is accepted by the CSV and the API. */
const COMMON_CURRENCIES = [
  "CNY",
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "HKD",
  "KRW",
  "SGD",
  "AUD",
  "CAD",
  "RUB",
  "THB",
  "MYR",
  "VND",
  "IDR",
  "AED",
  "SAR",
  "BRL",
  "MXN",
  "PLN",
  "CHF",
];

/** The choices of the SKU form and list filters for one merchant, in the reader's language. */
export async function getSkuFormOptions(merchantId: string, locale: Locale) {
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    select: {
      park: {
        select: {
          warehouses: {
            orderBy: { code: "asc" },
            select: { id: true, code: true, kind: true, nameZh: true, nameEn: true },
          },
        },
      },
      platforms: { select: { platform: { select: { code: true, nameZh: true, nameEn: true, sortOrder: true } } } },
    },
  });
  const currencyName = new Intl.DisplayNames([locale], { type: "currency" });
  return {
    countries: countryOptions(locale),
    currencies: COMMON_CURRENCIES.map((code) => ({ value: code, label: `${code} · ${currencyName.of(code) ?? code}` })),
    warehouses: merchant.park.warehouses.map((w) => ({
      code: w.code,
      kind: w.kind,
      name: localized(w, "name", locale),
    })),
    platforms: merchant.platforms
      .map((p) => p.platform)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((p) => ({ value: p.code, label: localized(p, "name", locale) })),
  };
}

export type SkuFormOptions = Awaited<ReturnType<typeof getSkuFormOptions>>;
