import "server-only";
import { db } from "@/lib/server/db";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/reference/countries";
import { hsChapterOptions } from "@/lib/reference/hs-chapters";

import type { Option } from "@/lib/forms/option";

export type { Option };

/** The choices of the declaration form: the merchant's own platforms first, and the currencies that have rates. */
export async function getDeclarationFormOptions(
  merchantId: string,
  locale: Locale,
  labels: { ownPlatforms: string; otherPlatforms: string },
) {
  const [platforms, own, currencies] = await Promise.all([
    db.platform.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } }),
    db.merchantPlatform.findMany({ where: { merchantId }, select: { platformId: true } }),
    db.exchangeRate.findMany({ distinct: ["currency"], select: { currency: true }, orderBy: { currency: "asc" } }),
  ]);
  const ownIds = new Set(own.map((p) => p.platformId));
  const platformOptions: Option[] = [
    ...platforms
      .filter((p) => ownIds.has(p.id))
      .map((p) => ({ value: p.id, label: localized(p, "name", locale), group: labels.ownPlatforms })),
    ...platforms
      .filter((p) => !ownIds.has(p.id))
      .map((p) => ({ value: p.id, label: localized(p, "name", locale), group: labels.otherPlatforms })),
  ];
  return {
    platformOptions,
    currencyOptions: ["CNY", ...currencies.map((c) => c.currency).filter((c) => c !== "CNY")].map((c) => ({
      value: c,
      label: c,
    })),
    countryOptions: countryOptions(locale)
      .filter((c) => c.code !== "CN")
      .map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` })),
    hsOptions: hsChapterOptions(locale),
  };
}

export type DeclarationFormOptions = Awaited<ReturnType<typeof getDeclarationFormOptions>>;
