import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listOfficialStats } from "@/lib/server/rates/list-official-stats";
import { listDemonstrationZones } from "@/lib/server/zones/get-zone-system";
import { dashboardYears, resolveYear } from "@/lib/server/dashboard/filters";
import { firstValues } from "@/lib/forms/search-params";
import { addMonths, makeMonth } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { getFigureScales } from "@/components/dashboard/scales";
import { DataTabs } from "../data-tabs";
import { YearForm } from "../year-form";
import { importStatsAction, removeStatAction, setStatAction } from "./actions";
import { ImportStatsForm, RemoveStatForm, StatForm } from "./stat-forms";

export async function generateMetadata() {
  const t = await getTranslations("dataAdmin.statistics");
  return { title: t("title") };
}

export default async function StatisticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/data/statistics");
  const nowMonth = monthOf(new Date());
  const year = resolveYear(Number(firstValues(await searchParams).year) || undefined, nowMonth);
  const [t, tsh, locale, stats, zones] = await Promise.all([
    getTranslations("dataAdmin"),
    getTranslations("sheets.upload"),
    getUiLocale(),
    listOfficialStats(year),
    listDemonstrationZones(),
  ]);
  const months = Array.from({ length: 12 }, (_, i) => makeMonth(year, i + 1));
  // The whole year in one unit and one number of decimals: the months compare down and across.
  const scales = await getFigureScales(locale);
  const money = scales.cny(zones.flatMap((z) => months.map((m) => stats.stat(z.id, m)?.valueFen)));
  const zoneOptions = zones.map((z) => ({ value: z.id, label: localized(z, "name", locale) }));
  const lastMonth = addMonths(nowMonth, -1);
  return (
    <>
      <PageHeading title={t("statistics.title")} lead={t("statistics.lead")} />
      <DataTabs current="statistics" />
      {user.role === "STAFF" ? (
        <div className="mb-6 grid gap-4 lg:grid-cols-2">
          <Card title={t("statistics.formTitle")}>
            <StatForm action={setStatAction} zoneOptions={zoneOptions} defaultMonth={lastMonth} />
          </Card>
          <div className="space-y-4">
            <Card title={t("statistics.importTitle")}>
              <ImportStatsForm action={importStatsAction} hint={tsh("statisticsHint")} />
            </Card>
            <Card title={t("statistics.removeTitle")}>
              <RemoveStatForm action={removeStatAction} zoneOptions={zoneOptions} defaultMonth={lastMonth} />
            </Card>
          </div>
        </div>
      ) : (
        <p className="mb-6 text-sm text-slate-600">{t("readOnly")}</p>
      )}
      <YearForm
        id="stats-year"
        year={year}
        years={dashboardYears(nowMonth)}
        label={t("statistics.year")}
        submit={t("statistics.show")}
      />
      {stats.count === 0 ? (
        <EmptyState>{t("statistics.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={scales.amountsIn(money)}
          captionClassName="caption-top px-3 py-2 text-left text-xs text-slate-600"
          scrollLabel={scales.scrollLabel(t("statistics.title"))}
          columns={[
            { key: "zone", label: t("statistics.zone") },
            ...months.map((m) => ({
              key: m,
              label: Number(m.slice(5)),
              className: "text-right",
              padding: "px-2 py-2" as const,
            })),
          ]}
        >
          {zones.map((z) => (
            <tr key={z.id}>
              <th scope="row" className="min-w-40 px-3 py-1.5 text-left font-normal">
                {localized(z, "name", locale)}
              </th>
              {months.map((m) => {
                const stat = stats.stat(z.id, m);
                return (
                  <td
                    key={m}
                    className="px-2 py-1.5 text-right whitespace-nowrap tabular-nums"
                    title={stat?.source || undefined}
                  >
                    {stat ? money.format(stat.valueFen) : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
