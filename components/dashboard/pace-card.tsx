import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/server";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { formatGoalPercent, formatMonth, VERDICT_TONE } from "./format";

/**
 * The volume goal beside the headline: the goal covering the year shown, with
 * its pace and forecast while it runs, its result once it has ended, or what
 * it needs per month before it starts; with no goal for the year, the most
 * recent result (or the next goal).
 */
export async function PaceCard({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const [t, figures] = await Promise.all([getTranslations("dashboard.pace"), getTranslations("figures")]);
  const { covering, latestResult, next } = dashboard.headline;
  const goal = covering ?? latestResult ?? next;
  const money = (v: bigint) => formatCnyCompact(v, locale);
  const title = covering ? t("title") : latestResult ? t("latestTitle") : next ? t("nextTitle") : t("title");
  const s = goal?.status;
  const from = s ? formatMonth(s.periodStart, locale) : "";
  const to = s ? formatMonth(s.periodEnd, locale) : "";
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:col-span-2">
      <h2 className="text-base font-semibold text-slate-700">{title}</h2>
      {goal && s ? (
        <>
          <p className="mt-1 text-sm text-slate-800">
            {t("goal", { goal: localized(goal, "label", locale), period: figures("period", { from, to }) })}
          </p>
          <p className="mt-3">
            <Badge tone={VERDICT_TONE[s.verdict]}>{t(`verdict.${s.verdict}`)}</Badge>
          </p>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-sm">
            {s.phase === "upcoming" ? (
              <>
                <dt className="text-slate-600">{t("target")}</dt>
                <dd className="text-right tabular-nums">{money(goal.targetValue)}</dd>
                <dt className="text-slate-600">{t("requiredBefore")}</dt>
                <dd className="text-right tabular-nums">{money(s.requiredPerMonth ?? 0n)}</dd>
              </>
            ) : (
              <>
                <dt className="text-slate-600">
                  {s.phase === "ended" ? t("final", { from, to }) : t("period", { from, to })}
                </dt>
                <dd className="text-right tabular-nums">{money(s.soFar)}</dd>
                <dt className="text-slate-600">{t("percent")}</dt>
                <dd className="text-right tabular-nums" data-goal-percent={s.percent ?? undefined}>
                  {s.percent === null ? "—" : formatGoalPercent(s.percent, locale)}
                </dd>
                <dt className="text-slate-600">{t("target")}</dt>
                <dd className="text-right tabular-nums">{money(goal.targetValue)}</dd>
              </>
            )}
            {s.phase === "running" ? (
              <>
                <dt className="text-slate-600">{t("required")}</dt>
                <dd className="text-right tabular-nums">{money(s.requiredPerMonth ?? 0n)}</dd>
                <dt className="text-slate-600">{t("trailing")}</dt>
                <dd className="text-right tabular-nums">{money(s.trailingAverage)}</dd>
                <dt className="text-slate-600">{t("forecast")}</dt>
                <dd className="text-right tabular-nums">{money(s.forecast)}</dd>
              </>
            ) : null}
          </dl>
          <p className="mt-3 text-xs text-slate-600">
            {s.phase === "running"
              ? t("method")
              : s.phase === "ended"
                ? t("endedNote")
                : t("upcomingNote", { months: s.monthsLeft })}
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("noGoal")}</p>
      )}
    </div>
  );
}
