import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { PageHeading, Stat } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterSelect } from "@/components/forms/filter-fields";
import { EventStatusBadge } from "@/components/events/status-badges";
import { requirePageUser } from "@/lib/server/auth/guards";
import { CONNECTED_BASELINE, getEventStats } from "@/lib/server/events/event-stats";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { shanghaiYear } from "@/lib/time/shanghai";
import { db } from "@/lib/server/db";
import { countFollowUps } from "@/lib/server/events/follow-ups";
import { FollowUpCounts } from "@/components/events/follow-up-list";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin.stats");
  return { title: t("title") };
}

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export default async function EventStatsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/events/stats");
  const current = shanghaiYear(new Date());
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2020 && asked <= current + 1 ? asked : current;
  const [t, tp, locale, stats] = await Promise.all([
    getTranslations("eventsAdmin"),
    getTranslations("ticketStats"),
    getUiLocale(),
    getEventStats(user, year),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  const [tf, followUps] = await Promise.all([getTranslations("eventFollowUps"), countFollowUps(db, user, { year })]);
  const years = Array.from({ length: current + 2 - 2023 }, (_, i) => current + 1 - i);
  return (
    <>
      <Breadcrumbs items={[{ nav: "admin.events", href: "/admin/events" }, { label: t("stats.title") }]} />
      <div className="mt-2">
        <PageHeading
          title={t("stats.title")}
          lead={user.role === "PARK_OPERATOR" ? t("stats.leadPark") : t("stats.lead")}
        />
      </div>
      <FilterForm boxed={false}>
        <FilterSelect
          id="s-year"
          name="year"
          label={t("stats.year")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          defaultValue={String(year)}
          compact
        />
        <FilterActions apply={t("stats.show")} />
      </FilterForm>
      <dl className="mb-8 grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Stat label={t("stats.events")} value={n(stats.events)} />
        <Stat label={t("stats.signups")} value={n(stats.signups)} />
        <Stat label={t("stats.attendance")} value={percent(stats.attendanceRate)} hint={t("stats.attendanceHint")} />
        <Stat
          label={tp("people")}
          value={n(stats.peopleCheckedIn)}
          hint={tp("peopleHint", { confirmed: n(stats.peopleConfirmed) })}
        />
        <Stat
          label={t("stats.companies", { year })}
          value={n(stats.companiesConnected)}
          hint={t("stats.companiesHint", { year: CONNECTED_BASELINE.year, count: CONNECTED_BASELINE.companies })}
        />
      </dl>
      {stats.rows.length === 0 ? (
        <EmptyState>{t("stats.empty", { year })}</EmptyState>
      ) : (
        <DataTable
          caption={t("stats.tableCaption", { year })}
          captionClassName="sr-only"
          columns={[
            { key: "title", label: t("columns.title") },
            { key: "date", label: t("columns.date") },
            { key: "status", label: t("columns.status"), className: "whitespace-nowrap" },
            ...(["signups", "confirmed", "waitlisted"] as const).map((c) => ({
              key: c,
              label: t(`stats.columns.${c}`),
              className: "text-right whitespace-nowrap",
            })),
            ...(["people", "companies"] as const).map((c) => ({
              key: c,
              label: tp(`columns.${c}`),
              className: "text-right whitespace-nowrap",
            })),
            { key: "rate", label: t("stats.columns.rate"), className: "text-right whitespace-nowrap" },
          ]}
        >
          {stats.rows.map((r) => (
            <tr key={r.id}>
              {/* At 390 px the other columns scroll; the titles keep room to wrap in words, not letters. */}
              <th scope="row" className="min-w-36 px-3 py-2 text-left font-medium">
                <Link href={`/admin/events/${r.id}`} className="text-brand-700 underline">
                  {localized(r, "title", locale)}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(r.startsAt, locale)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <EventStatusBadge status={r.status} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{n(r.signups)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(r.confirmed)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{n(r.waitlisted)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {n(r.peopleIn)} / {n(r.people)}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{n(r.checkedIn)}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {r.status === "COMPLETED" ? percent(r.confirmed ? r.checkedIn / r.confirmed : null) : "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="follow-up-stats" className="mt-8">
        <h2 id="follow-up-stats" className="text-lg font-semibold">
          {tf("stats.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{tf("stats.lead")}</p>
        <FollowUpCounts counts={followUps} locale={locale} />
      </section>
    </>
  );
}
