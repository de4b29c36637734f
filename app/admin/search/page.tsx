import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { MerchantStatusBadge } from "@/components/review/merchant-status-badge";
import { EventStatusBadge } from "@/components/events/status-badges";
import { SearchEmpty, SearchForm, SearchHit, SearchResultGroup } from "@/components/search/search-results";
import { requirePageUser } from "@/lib/server/auth/guards";
import { runSearch } from "@/lib/server/search/run-search";
import { searchForStaff } from "@/lib/server/search/staff-search";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { firstValues, queryString } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("globalSearch");
  return { title: t("title") };
}

/** Staff and park operators: merchants, SKUs and events, each kind as its own list scopes it. */
export default async function AdminSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/search");
  const { q: raw } = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("globalSearch"), getUiLocale()]);
  const { q, results, error } = await runSearch(user.id, raw, (query) => searchForStaff(user, query));
  const lead = [t("promptStaff"), user.role === "PARK_OPERATOR" ? t("scopeOperator") : ""].join(" ").trim();
  const found = results ? results.merchants.total + results.skus.total + results.events.total : 0;
  return (
    <>
      <PageHeading title={q && results ? t("resultsFor", { q }) : t("title")} lead={lead} />
      <SearchForm
        action="/admin/search"
        q={q}
        error={error ? t(`errors.${error.key}`, { max: error.max }) : undefined}
      />
      {results && found === 0 ? <SearchEmpty q={q} /> : null}
      {results && found > 0 ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <SearchResultGroup id="found-merchants" title={t("groups.merchants")} group={results.merchants}>
            {results.merchants.items.map((m) => (
              <SearchHit
                key={m.id}
                href={`/admin/merchants/${m.id}`}
                title={localized(m, "name", locale)}
                detail={
                  <span className="inline-flex flex-wrap items-center gap-2">
                    <span className="font-mono text-xs">{m.uscc}</span>
                    <span>{localized(m.park, "name", locale)}</span>
                    <MerchantStatusBadge merchant={m} />
                  </span>
                }
              />
            ))}
          </SearchResultGroup>
          <SearchResultGroup id="found-skus" title={t("groups.skus")} group={results.skus}>
            {results.skus.items.map((s) => (
              <SearchHit
                key={s.id}
                href={`/admin/catalog?${queryString({ q: s.code })}`}
                title={
                  <>
                    <span className="font-mono text-sm">{s.code}</span> {localized(s, "name", locale)}
                  </>
                }
                detail={localized(s.merchant, "name", locale)}
              />
            ))}
          </SearchResultGroup>
          <SearchResultGroup id="found-events" title={t("groups.events")} group={results.events}>
            {results.events.items.map((e) => (
              <SearchHit
                key={e.id}
                href={`/admin/events/${e.id}`}
                title={localized(e, "title", locale)}
                detail={
                  <span className="inline-flex flex-wrap items-center gap-2">
                    <span>{formatDateTime(e.startsAt, locale)}</span>
                    <EventStatusBadge status={e.status} />
                  </span>
                }
              />
            ))}
          </SearchResultGroup>
        </div>
      ) : null}
    </>
  );
}
