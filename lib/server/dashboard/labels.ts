// The names of the dashboard's rows in the reader's language: one set for the
// page's tables and charts and for the CSV export.
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import { countryName } from "@/lib/reference/countries";
import { OTHER_KEY } from "./breakdowns";
import type { DashboardScope } from "./scope";

/** A translator from the root of the catalog, as getTranslations() gives it. */
type Translate = (key: string) => string;

type Named = { nameZh: string; nameEn: string };

export function rowLabels(scope: Pick<DashboardScope, "zones" | "parks">, t: Translate, locale: Locale) {
  const zoneName = new Map(scope.zones.map((z) => [z.id, localized(z, "name", locale)]));
  const parks = new Map(scope.parks.map((p) => [p.id, p]));
  return {
    /** A zone, a park, a merchant or anything else with a Chinese and an English name. */
    name: (record: Named) => localized(record, "name", locale),
    zone: (id: string) => zoneName.get(id) ?? id,
    park: (id: string) => {
      const park = parks.get(id);
      return park ? localized(park, "name", locale) : id;
    },
    /** The zone a park belongs to; empty when the park or its zone is not in scope. */
    zoneOfPark: (id: string) => {
      const park = parks.get(id);
      return (park && zoneName.get(park.zoneId)) ?? "";
    },
    mode: (code: string) => t(`customsModes.${code}`),
    direction: (code: string) => t(`directions.${code}`),
    market: (code: string) => (code === OTHER_KEY ? t("dashboard.tables.other") : (countryName(code, locale) ?? code)),
    /** Where a figure comes from: official, declared or mixed. */
    source: (source: string) => t(`dashboard.source.${source}`),
  };
}

export type RowLabels = ReturnType<typeof rowLabels>;
