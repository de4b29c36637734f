import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact, formatNumber } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/server";
import type { GoalWithProgress } from "@/lib/server/goals/get-goal-progress";
import { formatGoalPercent, formatMonth, VERDICT_TONE } from "./format";

export function formatGoalValue(value: bigint, unit: string, locale: Locale): string {
  return unit === "COUNT" ? formatNumber(Number(value), locale) : formatCnyCompact(value, locale);
}

/** Each goal with where it stands: measured, counted or reported. */
export async function GoalsList({
  goals,
  locale,
  manageHref,
  edit,
}: {
  goals: GoalWithProgress[];
  locale: Locale;
  manageHref?: string;
  /** A link to edit each goal, with its label. */
  edit?: { href: (id: string) => string; label: string; labelFor: (goal: string) => string };
}) {
  const t = await getTranslations();
  return (
    <section
      aria-labelledby="goals-title"
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="goals-title" className="text-base font-semibold text-slate-900">
          {t("dashboard.goals.title")}
        </h2>
        {manageHref ? (
          <Link href={manageHref} className="no-print text-sm text-brand-700 underline">
            {t("dashboard.goals.manage")}
          </Link>
        ) : null}
      </div>
      {/* The terms' and figures' classes once on the list, not on each goal's: the page is lighter. */}
      <ul className="grid gap-3 md:grid-cols-2 [&_dd]:tabular-nums [&_dt]:text-slate-600">
        {goals.map((g) => {
          const { current, basis, verdict, percent, phase, requiredPerMonth } = g.progress;
          return (
            <li key={g.id} className="rounded border border-slate-200 p-3">
              <div className="flex items-start justify-between gap-2">
                <p className="font-medium text-slate-900">{localized(g, "label", locale)}</p>
                {verdict ? <Badge tone={VERDICT_TONE[verdict]}>{t(`dashboard.pace.verdict.${verdict}`)}</Badge> : null}
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {g.zone ? localized(g.zone, "name", locale) : t("dataAdmin.goals.city")} ·{" "}
                {t("dashboard.goals.period", {
                  from: formatMonth(g.periodStart, locale),
                  to: formatMonth(g.periodEnd, locale),
                })}
              </p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {phase === "upcoming" && requiredPerMonth !== null ? (
                  <>
                    <dt>{t("dashboard.goals.requiredPerMonth")}</dt>
                    <dd>{formatGoalValue(requiredPerMonth, g.unit, locale)}</dd>
                  </>
                ) : (
                  <>
                    <dt>
                      {basis === "reported"
                        ? t("dashboard.goals.reported")
                        : basis === "count"
                          ? t("dashboard.goals.designated")
                          : phase === "ended"
                            ? t("dashboard.goals.final")
                            : t("dashboard.goals.current")}
                    </dt>
                    <dd>
                      {current === null ? t("dashboard.goals.notReported") : formatGoalValue(current, g.unit, locale)}
                    </dd>
                  </>
                )}
                <dt>{t("dashboard.goals.target")}</dt>
                <dd>
                  {formatGoalValue(g.targetValue, g.unit, locale)}
                  {percent !== null ? (
                    <span className="text-slate-600" data-goal-percent={percent}>
                      {t("dashboard.goals.percentOfTarget", { percent: formatGoalPercent(percent, locale) })}
                    </span>
                  ) : null}
                </dd>
              </dl>
              <div className="mt-2 h-1.5 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
                <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, percent ?? 0)}%` }} />
              </div>
              {edit ? (
                <Link
                  href={edit.href(g.id)}
                  aria-label={edit.labelFor(localized(g, "label", locale))}
                  className="no-print mt-2 inline-block text-sm text-brand-700 underline"
                >
                  {edit.label}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
