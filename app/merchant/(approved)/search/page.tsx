import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { SearchEmpty, SearchForm, SearchHit, SearchResultGroup } from "@/components/search/search-results";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { runSearch } from "@/lib/server/search/run-search";
import { searchForMerchant } from "@/lib/server/search/merchant-search";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { countryName } from "@/lib/reference/countries";
import { currencyMinorDigits } from "@/lib/reference/currencies";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("globalSearch");
  return { title: t("title") };
}

/** A merchant's people: their own SKUs and declarations; the merchant comes from the session. */
export default async function MerchantSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireMerchantPage("/merchant/search");
  const { q: raw } = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("globalSearch"), getUiLocale()]);
  const { q, results, error } = await runSearch(user.id, raw, (query) => searchForMerchant(user.merchant.id, query));
  const found = results ? results.skus.total + results.declarations.total : 0;
  return (
    <>
      <PageHeading title={q && results ? t("resultsFor", { q }) : t("title")} lead={t("promptMerchant")} />
      <SearchForm
        action="/merchant/search"
        q={q}
        error={error ? t(`errors.${error.key}`, { max: error.max }) : undefined}
      />
      {results && found === 0 ? <SearchEmpty q={q} /> : null}
      {results && found > 0 ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <SearchResultGroup id="found-skus" title={t("groups.skus")} group={results.skus}>
            {results.skus.items.map((s) => (
              <SearchHit
                key={s.id}
                href={`/merchant/skus/${s.id}`}
                title={
                  <>
                    <span className="font-mono text-sm">{s.code}</span> {localized(s, "name", locale)}
                  </>
                }
                detail={s.status === "ARCHIVED" ? <Badge>{t("archived")}</Badge> : undefined}
              />
            ))}
          </SearchResultGroup>
          <SearchResultGroup id="found-declarations" title={t("groups.declarations")} group={results.declarations}>
            {results.declarations.items.map((d) => (
              <SearchHit
                key={d.id}
                title={<span className="font-mono text-sm">{d.reference}</span>}
                detail={[
                  formatDate(d.declaredOn, locale),
                  d.customsMode,
                  countryName(d.country, locale) ?? d.country,
                  formatMoney(d.valueMinor, d.currency, locale, currencyMinorDigits(d.currency)),
                ].join(" · ")}
              />
            ))}
          </SearchResultGroup>
        </div>
      ) : null}
    </>
  );
}
