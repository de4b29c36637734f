import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { countryName } from "@/lib/reference/countries";
import { hsChapterName } from "@/lib/reference/hs-chapters";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import type { getCatalogOverview } from "@/lib/server/skus/catalog-overview";

type Overview = Awaited<ReturnType<typeof getCatalogOverview>>;
const SHOWN = 12;

/** The catalog's counts by park, HS chapter and target market; each count filters the catalog. */
export async function CatalogCounts({
  data,
  href,
}: {
  data: Overview;
  href: (patch: Record<string, string | undefined>) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("catalog"), getUiLocale()]);
  const n = (v: number) => formatNumber(v, locale);
  const list = "space-y-1.5 text-sm";
  const row = "flex justify-between gap-3";
  return (
    <div className="mb-6 grid gap-6 lg:grid-cols-3">
      <Card title={t("byPark")}>
        {data.byPark.length ? (
          <ul className={list}>
            {data.byPark.map((p) => (
              <li key={p.park.id} className={row}>
                <span>{localized(p.park, "name", locale)}</span>
                <span className="text-slate-700 tabular-nums">
                  {t("parkCount", { skus: n(p.skus), merchants: n(p.merchants) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )}
      </Card>
      <Card title={t("byChapter")}>
        {data.byChapter.length ? (
          <ul className={list}>
            {data.byChapter.slice(0, SHOWN).map((c) => (
              <li key={c.chapter} className={row}>
                {/* The chapter's whole title, wrapped: cut at its first comma, "84 Nuclear reactors" named only
                    part of the machinery it holds (issue 12). */}
                <Link href={href({ chapter: c.chapter })} className="min-w-0 text-brand-700 underline">
                  {c.chapter} {hsChapterName(c.chapter, locale)}
                </Link>
                <span className="shrink-0 text-slate-700 tabular-nums">{n(c.skus)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )}
      </Card>
      <Card title={t("byMarket")}>
        {data.byMarket.length ? (
          <ul className={list}>
            {data.byMarket.slice(0, SHOWN).map((m) => (
              <li key={m.country} className={row}>
                <Link href={href({ market: m.country })} className="text-brand-700 underline">
                  {countryName(m.country, locale) ?? m.country}
                </Link>
                <span className="text-slate-700 tabular-nums">{n(m.skus)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )}
      </Card>
    </div>
  );
}
