import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { EventStatusBadge } from "@/components/events/status-badges";
import { Pager } from "@/components/ui/pager";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listEventsForAdmin } from "@/lib/server/events/admin-events";
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
  const [t, te, locale] = await Promise.all([getTranslations("eventsAdmin"), getTranslations("events"), getUiLocale()]);
  const list = await listEventsForAdmin(filters);
  const href = (page: number) => `/admin/events?${new URLSearchParams({ status: filters.status, page: String(page) })}`;
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
        <FilterActions apply={t("filters.apply")} />
      </FilterForm>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          padding="px-4 py-2"
          columns={[
            { key: "title", label: t("columns.title") },
            { key: "date", label: t("columns.date") },
            { key: "belt", label: t("columns.belt") },
            { key: "status", label: t("columns.status") },
            { key: "seats", label: t("columns.seats"), className: "text-right" },
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
      <Pager page={list.page} pages={list.pages} href={href} messages="events.pager" />
    </>
  );
}
