import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { countryName } from "@/lib/reference/countries";
import { hsChapterName } from "@/lib/reference/hs-chapters";

export type ListedPartner = {
  id: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  markets: string;
  hsChapters: string;
};

const codes = (list: string) => list.split(",").filter(Boolean);

/** Market codes as names, in the reader's language. */
export function marketNames(list: string[] | string, locale: Locale): string {
  const items = typeof list === "string" ? codes(list) : list;
  return items.map((c) => countryName(c, locale) ?? c).join(locale === "zh-CN" ? "、" : ", ");
}

/**
 * HS chapters, each by its code and its whole title, as the catalog names
 * them (issue 12: a title cut at its first clause misnames the chapter, 04
 * is honey as well as dairy). A list, since the titles hold commas and
 * semicolons of their own.
 */
export function ChapterList({ chapters, locale }: { chapters: string[]; locale: Locale }) {
  return (
    <ul className="mt-0.5 list-disc pl-5">
      {chapters.map((c) => (
        <li key={c}>
          <span className="font-mono">{c}</span> {hsChapterName(c, locale)}
        </li>
      ))}
    </ul>
  );
}

/** The partners attending an event, with the markets they serve and the goods they handle. */
export async function PartnerList({ partners, locale }: { partners: ListedPartner[]; locale: Locale }) {
  const t = await getTranslations("events");
  if (!partners.length) return <p className="text-sm text-slate-600">{t("detail.noPartners")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {partners.map((p) => (
        <li key={p.id} className="py-3 first:pt-0 last:pb-0">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{localized(p, "name", locale)}</span>
            <Badge tone="info">{t(`partnerKinds.${p.kind}`)}</Badge>
          </p>
          {p.markets ? (
            <p className="mt-1 text-sm text-slate-600">
              {t("detail.serves", { markets: marketNames(p.markets, locale) })}
            </p>
          ) : null}
          {p.hsChapters ? (
            <div className="mt-0.5 text-sm text-slate-600">
              <p>{t("detail.handles")}</p>
              <ChapterList chapters={codes(p.hsChapters)} locale={locale} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
