import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { MerchantStatusBadge } from "@/components/review/merchant-status-badge";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listReviewQueue, QUEUE_LIST, QueueFilters } from "@/lib/server/merchants/review-queue";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { listRegistrationConflicts } from "@/lib/server/merchants/registration-conflicts";
import { db } from "@/lib/server/db";
import { getCompanyFormOptions } from "@/lib/server/merchants/form-options";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

const STATUS_OPTIONS = ["PENDING", "REVISION_REQUESTED", "APPROVED", "REJECTED", "SUSPENDED", "ALL"] as const;

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/merchants");
  const raw = firstValues(await searchParams);
  const filters = QueueFilters.parse(raw);
  const query = parseListQuery(QUEUE_LIST, raw);
  const [t, tc, ts, locale] = await Promise.all([
    getTranslations("review"),
    getTranslations("membership.conflicts"),
    getTranslations("globalSearch.errors"),
    getUiLocale(),
  ]);
  const [queue, options, conflicts] = await Promise.all([
    listReviewQueue(user, filters, query, locale),
    getCompanyFormOptions(locale),
    listRegistrationConflicts(db, user),
  ]);
  const links = listLinks("/admin/merchants", filters, QUEUE_LIST, query);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <FilterForm label={t("filters.legend")} columns={6}>
        <FilterInput
          id="f-q"
          name="q"
          label={t("filters.search")}
          type="search"
          defaultValue={filters.q}
          maxLength={100}
        />
        <FilterSelect
          id="f-status"
          name="status"
          label={t("filters.status")}
          options={STATUS_OPTIONS.map((s) => ({ value: s, label: t(`filters.statuses.${s}`) }))}
          defaultValue={filters.status}
        />
        {user.role === "STAFF" ? (
          <FilterSelect
            id="f-park"
            name="park"
            label={t("filters.park")}
            options={options.parkOptions}
            defaultValue={filters.park}
            all={t("filters.allParks")}
          />
        ) : null}
        <FilterInput id="f-from" name="from" label={t("filters.from")} type="date" defaultValue={filters.from} />
        <FilterInput id="f-to" name="to" label={t("filters.to")} type="date" defaultValue={filters.to} />
        <ListStateFields spec={QUEUE_LIST} query={query} />
        <FilterActions apply={t("filters.apply")} reset={{ href: "/admin/merchants", label: t("filters.reset") }} />
      </FilterForm>

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("count", { count: queue.total })}
        </p>
        <ExportLink href={links.exportHref("/admin/merchants/export")} total={queue.total} cap={EXPORT_ROW_CAP} />
      </div>
      {queue.items.length === 0 ? (
        <EmptyState>{queue.tooBroad ? ts("tooBroad") : t("empty")}</EmptyState>
      ) : (
        <DataTable
          padding="px-4 py-2"
          columns={(["company", "uscc", "park", "status", "submitted"] as const).map((c) => ({
            key: c,
            label: t(`columns.${c}`),
            sort: links.sort(c),
          }))}
        >
          {queue.items.map((m) => (
            <tr key={m.id} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link href={`/admin/merchants/${m.id}`} className="text-brand-700 underline">
                  {localized(m, "name", locale)}
                </Link>
              </th>
              <td className="px-4 py-2 font-mono text-xs">{m.uscc}</td>
              <td className="px-4 py-2">{localized(m.park, "name", locale)}</td>
              <td className="px-4 py-2">
                <MerchantStatusBadge merchant={m} />
              </td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(m.submittedAt, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={queue} links={links} />
      {user.role === "STAFF" ? (
        <section aria-labelledby="conflicts-title" className="mt-10">
          <h2 id="conflicts-title" className="text-lg font-semibold">
            {tc("title")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{tc("lead")}</p>
          {conflicts.length === 0 ? (
            <EmptyState>{tc("empty")}</EmptyState>
          ) : (
            <DataTable
              padding="px-4 py-2"
              columns={(["when", "kind", "company", "uscc", "existing"] as const).map((c) => ({
                key: c,
                label: tc(`columns.${c}`),
              }))}
            >
              {conflicts.map((c) => (
                <tr key={c.id}>
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(c.at, locale)}</td>
                  <td className="px-4 py-2">{tc(`kinds.${c.kind}`)}</td>
                  <td className="px-4 py-2">{c.nameZh}</td>
                  <td className="px-4 py-2 font-mono text-xs">{c.uscc}</td>
                  <td className="px-4 py-2">
                    {c.existing ? (
                      <Link href={`/admin/merchants/${c.existing.id}`} className="text-brand-700 underline">
                        {localized(c.existing, "name", locale)}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ) : null}
    </>
  );
}
