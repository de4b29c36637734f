import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { EventStatusBadge } from "@/components/events/status-badges";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { requirePageUser } from "@/lib/server/auth/guards";
import { ADMIN_EVENT_LIST, listEventsForAdmin } from "@/lib/server/events/admin-events";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { EVENT_STATUSES, EventListFilters } from "@/lib/validation/event";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin");
  return { title: t("title") };
}

export default async function AdminEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/events");
  const raw = firstValues(await searchParams);
  const filters = EventListFilters.parse(raw);
  const query = parseListQuery(ADMIN_EVENT_LIST, raw);
  const [t, te, ts, locale] = await Promise.all([
    getTranslations("eventsAdmin"),
    getTranslations("events"),
    getTranslations("globalSearch.errors"),
    getUiLocale(),
  ]);
  const list = await listEventsForAdmin(filters, query, locale);
  // "All" is the default status: left out of the links.
  const links = listLinks(
    "/admin/events",
    { ...filters, status: filters.status === "ALL" ? undefined : filters.status },
    ADMIN_EVENT_LIST,
    query,
  );
  const button = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t("lead")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/events/stats" className={button}>
              {t("statsLink")}
            </Link>
            <Link href="/admin/partners" className={button}>
              {t("partnersLink")}
            </Link>
            {user.role === "STAFF" ? (
              <Link
                href="/admin/events/new"
                className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              >
                {t("new")}
              </Link>
            ) : null}
          </div>
        }
      />
      <FilterForm>
        <FilterInput
          id="f-q"
          name="q"
          type="search"
          label={t("columns.title")}
          defaultValue={filters.q}
          maxLength={100}
        />
        <FilterSelect
          id="f-status"
          name="status"
          label={t("filters.status")}
          options={[
            { value: "ALL", label: t("filters.all") },
            ...EVENT_STATUSES.map((s) => ({ value: s, label: te(`status.${s}`) })),
          ]}
          defaultValue={filters.status}
          compact
        />
        <ListStateFields spec={ADMIN_EVENT_LIST} query={query} />
        <FilterActions apply={t("filters.apply")} />
      </FilterForm>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("count", { count: list.total })}
        </p>
        <ExportLink href={links.exportHref("/admin/events/export")} total={list.total} cap={EXPORT_ROW_CAP} />
      </div>
      {list.items.length === 0 ? (
        <EmptyState>{list.tooBroad ? ts("tooBroad") : t("empty")}</EmptyState>
      ) : (
        <DataTable
          padding="px-4 py-2"
          columns={[
            { key: "title", label: t("columns.title"), sort: links.sort("title") },
            { key: "date", label: t("columns.date"), sort: links.sort("date") },
            { key: "belt", label: t("columns.belt"), sort: links.sort("belt") },
            { key: "status", label: t("columns.status"), sort: links.sort("status") },
            { key: "seats", label: t("columns.seats"), className: "text-right", sort: links.sort("seats") },
            { key: "waitlist", label: t("columns.waitlist"), className: "text-right" },
          ]}
        >
          {list.items.map((e) => (
            <tr key={e.id} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link href={`/admin/events/${e.id}`} className="text-brand-700 underline">
                  {localized(e, "title", locale)}
                </Link>
              </th>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(e.startsAt, locale)}</td>
              <td className="px-4 py-2">{te(`belts.${e.belt}`)}</td>
              <td className="px-4 py-2">
                <EventStatusBadge status={e.status} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">
                {t("seatsValue", {
                  taken: formatNumber(e.seatsTaken, locale),
                  capacity: formatNumber(e.capacity, locale),
                })}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatNumber(e._count.signups, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={list} links={links} />
    </>
  );
}
