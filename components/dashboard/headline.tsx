import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact, formatMoney } from "@/lib/i18n/format";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { localized } from "@/lib/i18n/server";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { formatChange, formatGoalPercent, formatMonth } from "./format";
import { PaceCard } from "./pace-card";

/** The volume so far against the goal, year on year, and where the figures come from. */
export async function Headline({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const [t, pace, figures] = await Promise.all([
    getTranslations("dashboard.headline"),
    getTranslations("dashboard.pace"),
    getTranslations("figures"),
  ]);
  const { headline: h, filters, lastMonth, comparison } = dashboard;
  // The goal whose period covers the year; its percentage is the one every screen shows.
  const goal = h.covering;
  const status = goal?.status;
  const period = (g: { periodStart: string; periodEnd: string }) =>
    figures("period", { from: formatMonth(g.periodStart, locale), to: formatMonth(g.periodEnd, locale) });
  const monthName = dateTimeFormat(locale, {
    month: locale === "en" ? "long" : "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(2000, lastMonth - 1, 1)));
  const title =
    lastMonth === 12 ? t("titleYear", { year: filters.year }) : t("titlePartial", { year: filters.year, monthName });
  const money = (v: bigint) => formatCnyCompact(v, locale);
  const { current } = h;
  const source =
    dashboard.scope.kind === "park" || filters.mode
      ? t("declaredOnly")
      : current.source === "mixed"
        ? t("sourceMixed", { official: current.officialCells, declared: current.declaredCells })
        : current.source === "official"
          ? t("sourceOfficial")
          : current.source === "declared"
            ? t("sourceDeclared")
            : t("sourceNone");
  return (
    <section aria-labelledby="headline-title" className="grid break-inside-avoid gap-4 lg:grid-cols-5">
      <div className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm lg:col-span-3">
        <h2 id="headline-title" className="text-base font-semibold text-slate-700">
          {title}
        </h2>
        <p className="mt-2 text-4xl font-semibold text-brand-800 tabular-nums">{money(current.value)}</p>
        <p className="mt-1 text-sm text-slate-600 tabular-nums">
          {t("exact", { amount: formatMoney(current.value, "CNY", locale) })}
        </p>
        <ul className="mt-4 space-y-1.5 text-sm text-slate-800">
          <li>
            {h.yoy === null
              ? comparison.hasPrevious
                ? t("noYoyBase", { year: comparison.previousYear })
                : t("noYoy", { year: comparison.previousYear })
              : t("yoy", { change: formatChange(h.yoy, locale) })}
            {h.yoy !== null ? (
              <span className="text-slate-600">{t("yoyBase", { amount: money(h.previous.value) })}</span>
            ) : null}
          </li>
          {goal && status ? (
            status.phase === "running" && status.percent !== null ? (
              <>
                <li>
                  {t("ofTarget", {
                    goal: localized(goal, "label", locale),
                    percent: formatGoalPercent(status.percent, locale),
                  })}
                </li>
                <li>{status.gap > 0n ? t("gap", { amount: money(status.gap) }) : t("reached")}</li>
              </>
            ) : status.phase === "ended" && status.percent !== null ? (
              <li>
                {t("goalEnded", {
                  goal: localized(goal, "label", locale),
                  period: period(goal),
                  verdict: pace(`verdict.${status.verdict}`),
                  percent: formatGoalPercent(status.percent, locale),
                })}
              </li>
            ) : (
              <li>{t("goalUpcoming", { goal: localized(goal, "label", locale), period: period(goal) })}</li>
            )
          ) : dashboard.headline.latestResult || dashboard.headline.next ? (
            <li>{t("noGoalForYear", { year: filters.year })}</li>
          ) : null}
          <li className="text-slate-600">{t("declarations", { count: current.count })}</li>
        </ul>
        {status?.percent != null ? (
          <div className="mt-3 h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
            <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, status.percent)}%` }} />
          </div>
        ) : null}
        <p className="mt-3 text-xs text-slate-600">{source}</p>
      </div>
      <PaceCard dashboard={dashboard} locale={locale} />
    </section>
  );
}
