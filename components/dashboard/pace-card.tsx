import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact, formatDate } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/server";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { formatMonth, VERDICT_TONE } from "./format";

/** Pacing toward the volume goal: what is needed per month, the stated forecast and the verdict. */
export async function PaceCard({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations("dashboard.pace");
  const { goal, pace } = dashboard.headline;
  const money = (v: bigint) => formatCnyCompact(v, locale);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm lg:col-span-2">
      <h2 className="text-base font-semibold text-slate-700">{t("title")}</h2>
      {goal && pace ? (
        <>
          <p className="mt-1 text-sm text-slate-800">
            {t("goal", { goal: localized(goal, "label", locale), deadline: formatDate(goal.deadline, locale) })}
          </p>
          <p className="mt-3">
            <Badge tone={VERDICT_TONE[pace.verdict]}>{t(`verdict.${pace.verdict}`)}</Badge>
          </p>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-sm">
            <dt className="text-slate-600">
              {t("period", { from: formatMonth(pace.periodStart, locale), to: formatMonth(pace.periodEnd, locale) })}
            </dt>
            <dd className="text-right tabular-nums">{money(pace.soFar)}</dd>
            <dt className="text-slate-600">{t("required")}</dt>
            <dd className="text-right tabular-nums">
              {pace.requiredPerMonth === null ? t("requiredNone") : money(pace.requiredPerMonth)}
            </dd>
            <dt className="text-slate-600">{t("trailing")}</dt>
            <dd className="text-right tabular-nums">{money(pace.trailingAverage)}</dd>
            <dt className="text-slate-600">{t("forecast")}</dt>
            <dd className="text-right tabular-nums">{money(pace.forecast)}</dd>
          </dl>
          <p className="mt-3 text-xs text-slate-600">{t("method")}</p>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("noGoal")}</p>
      )}
    </div>
  );
}
