// The dashboard sits outside the lists' group so that no loading skeleton
// streams ahead of it: its view comes from the rollups in a few milliseconds,
// and its headline, painted with the first bytes, is the page's largest paint.
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { Counts } from "@/components/dashboard/counts";
import { DashboardTables, filterQuery } from "@/components/dashboard/dashboard-tables";
import { FiltersForm } from "@/components/dashboard/filters-form";
import { formatMonth } from "@/components/dashboard/format";
import { GoalsList } from "@/components/dashboard/goals-list";
import { Headline } from "@/components/dashboard/headline";
import { PrintButton } from "@/components/dashboard/print-button";
import { VolumeCharts } from "@/components/dashboard/volume-charts";
import { WorldMap } from "@/components/maps/world-map";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { firstValues } from "@/lib/forms/search-params";
import { getGoalsWithProgress } from "@/lib/server/goals/get-goal-progress";
import { rowLabels } from "@/lib/server/dashboard/labels";
import { getUiLocale } from "@/lib/i18n/server";
import { formatCnyCompact } from "@/lib/i18n/format";
import "./dashboard-print.css";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminDashboard({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin");
  const raw = firstValues(await searchParams);
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const dashboard = await getDashboard(user, raw);
  const goals = dashboard.scope.kind === "city" && user.role === "STAFF" ? await getGoalsWithProgress() : null;
  const { scope, filters } = dashboard;
  const label = rowLabels(scope, t, locale);
  const lead =
    scope.kind === "park"
      ? t("admin.scopePark", { park: scope.parks[0] ? label.name(scope.parks[0]) : "—" })
      : scope.zone
        ? label.name(scope.zone)
        : t("admin.scopeCity");
  return (
    // The cards below the first screen are laid out and painted when they come near it, not before the
    // first paint (content-visibility: auto; a placeholder height until then); printing draws them all.
    <div className="space-y-6 *:[contain-intrinsic-block-size:auto_480px] *:[content-visibility:auto] print:space-y-4 print:*:[content-visibility:visible]">
      <PageHeading
        title={t("admin.title")}
        lead={
          <>
            {lead}
            <span className="ml-2 text-sm text-slate-500">
              {t("dashboard.printedAt", { month: formatMonth(dashboard.nowMonth, locale) })}
            </span>
          </>
        }
        actions={<PrintButton label={t("dashboard.print")} />}
      />
      <FiltersForm dashboard={dashboard} locale={locale} />
      <Headline dashboard={dashboard} locale={locale} />
      <Counts dashboard={dashboard} locale={locale} />
      <VolumeCharts
        dashboard={dashboard}
        locale={locale}
        csvHref={`/admin/dashboard/export/monthly?${filterQuery(filters)}`}
      />
      {goals ? <GoalsList goals={goals} locale={locale} manageHref="/admin/data/goals" /> : null}
      <section
        aria-labelledby="map-title"
        className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="map-title" className="mb-2 text-base font-semibold text-slate-900">
          {t("dashboard.map.title")}
        </h2>
        <WorldMap
          values={dashboard.map}
          label={t("dashboard.map.label", { year: filters.year })}
          nameOf={label.market}
          formatValue={(yuan) => formatCnyCompact(yuan * 100, locale)}
        />
      </section>
      <DashboardTables dashboard={dashboard} locale={locale} />
    </div>
  );
}
