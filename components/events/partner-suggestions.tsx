import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import type { PartnerMatch } from "@/lib/server/events/suggest-partners";
import { ChapterList, marketNames, type ListedPartner } from "./partner-list";

/** For a signed-in merchant: which partners attending suit it, and why. */
export async function PartnerSuggestions({
  matches,
  partners,
  locale,
}: {
  matches: PartnerMatch[];
  partners: ListedPartner[];
  locale: Locale;
}) {
  const t = await getTranslations("events.suggestions");
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("lead")}</p>
      {matches.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {matches.map((m) => {
            const partner = partners.find((p) => p.id === m.partnerId);
            if (!partner) return null;
            return (
              <li key={m.partnerId} className="rounded border border-brand-100 bg-brand-50 p-3 text-sm">
                <p className="font-medium text-brand-800">{localized(partner, "name", locale)}</p>
                <ul className="mt-1 list-inside list-disc text-slate-700">
                  {m.platform ? <li>{t("platform")}</li> : null}
                  {m.markets.length ? <li>{t("markets", { markets: marketNames(m.markets, locale) })}</li> : null}
                  {m.hsChapters.length ? (
                    <li>
                      {t("chapters")}
                      <ChapterList chapters={m.hsChapters} locale={locale} />
                    </li>
                  ) : null}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
