import { getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/card";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { formatChange, formatMonth } from "@/components/dashboard/format";
import { getFigureScales } from "@/components/dashboard/scales";
import { TrendChart } from "@/components/dashboard/trend-chart";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact, formatNumber } from "@/lib/i18n/format";
import { countryName } from "@/lib/reference/countries";
import { OTHER_KEY } from "@/lib/server/dashboard/breakdowns";
import { yearOnYear } from "@/lib/server/dashboard/pace";
import type { MerchantFigures as Figures } from "@/lib/server/declarations/get-merchant-figures";

/** The merchant's own volume for a year: by month, customs mode and market. */
export async function MerchantFigures({ figures, locale }: { figures: Figures; locale: Locale }) {
  const [t, scales] = await Promise.all([getTranslations(), getFigureScales(locale)]);
  const { year } = figures;
  const money = (v: bigint | number) => formatCnyCompact(v, locale);
  if (figures.total.count === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
        {t("declarations.figures.empty", { year })}
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3">
        <Stat
          label={t("declarations.figures.total")}
          value={money(figures.total.value)}
          hint={t("dashboard.headline.yoy", {
            change: formatChange(yearOnYear(figures.total.value, figures.totalBefore), locale),
          })}
        />
        <Stat label={t("declarations.figures.count")} value={formatNumber(figures.total.count, locale)} />
      </dl>
      <section aria-labelledby="figures-months" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h3 id="figures-months" className="mb-2 text-sm font-semibold">
          {t("declarations.figures.byMonth")}
        </h3>
        <TrendChart
          id="merchant-months"
          title={t("declarations.figures.byMonth")}
          description={t("declarations.figures.chartDesc", { year })}
          categories={figures.months.map((m) => m.month)}
          categoryLabel={(m) => formatMonth(m, locale)}
          tickLabel={(m) => String(Number(m.slice(5)))}
          series={[
            {
              label: t("declarations.figures.total"),
              values: figures.months.map((m) => Number(m.value)),
              kind: "bar",
              colour: "#6fa3d6",
            },
          ]}
          axis={scales.cnyAxis}
          columnScale={scales.cny}
          tableLabel={t("dashboard.chart.table")}
          categoryHeader={t("dashboard.chart.month")}
        />
      </section>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <BreakdownTable
          id="figures-modes"
          title={t("declarations.figures.byMode")}
          labelHeader={t("dashboard.tables.columns.mode")}
          rows={figures.modes.map((r) => ({ ...r, label: t(`customsModes.${r.key as "9610"}`) }))}
          year={year}
          locale={locale}
        />
        <BreakdownTable
          id="figures-markets"
          title={t("declarations.figures.byMarket")}
          labelHeader={t("dashboard.tables.columns.market")}
          rows={figures.markets.map((r) => ({
            ...r,
            label: r.key === OTHER_KEY ? t("dashboard.tables.other") : (countryName(r.key, locale) ?? r.key),
          }))}
          year={year}
          locale={locale}
        />
      </div>
    </div>
  );
}
