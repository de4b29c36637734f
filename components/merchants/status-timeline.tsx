import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TimelineStep } from "@/lib/server/merchants/status-timeline";

/** The steps of a registration's review, each with its time; the step under way is marked, the decision's due day shown. */
export async function StatusTimeline({
  steps,
  reviewDays,
  locale,
  now,
}: {
  steps: TimelineStep[];
  reviewDays: number;
  locale: Locale;
  /** The time of the request: a decision due before it is overdue. */
  now: Date;
}) {
  const t = await getTranslations("merchantStatusTimeline");
  const due = steps.at(-1);
  const waiting = due?.kind === "decisionDue";
  const overdue = due?.kind === "decisionDue" && due.by.getTime() < now.getTime();
  return (
    <Card title={t("title")}>
      <ol className="space-y-4">
        {steps.map((step, i) => {
          const state =
            step.kind === "decisionDue" ? "upcoming" : waiting && step.kind === "underReview" ? "current" : "done";
          return (
            <li key={`${step.kind}-${i}`} className="flex gap-3">
              <span
                aria-hidden="true"
                className={`mt-1 h-3 w-3 shrink-0 rounded-full border-2 ${
                  state === "done"
                    ? "border-brand-700 bg-brand-700"
                    : state === "current"
                      ? "border-amber-600 bg-amber-100"
                      : "border-slate-400 bg-white"
                }`}
              />
              <div className="min-w-0">
                <p className={state === "current" ? "font-semibold text-slate-900" : "font-medium text-slate-800"}>
                  {t(step.kind)} <span className="sr-only">({t(state)})</span>
                </p>
                <p className="text-sm text-slate-600">
                  {"by" in step ? (
                    t("dueBy", { date: formatDate(step.by, locale) })
                  ) : (
                    <time dateTime={step.at.toISOString()}>{formatDateTime(step.at, locale)}</time>
                  )}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {waiting ? <p className="mt-4 text-sm text-slate-700">{t("wait", { days: reviewDays })}</p> : null}
      {overdue ? <p className="mt-2 text-sm font-medium text-amber-900">{t("overdue")}</p> : null}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("contactTitle")}</h3>
      <p className="mt-1 text-sm text-slate-700">{t("contact")}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-slate-600">{t("phoneLabel")}</dt>
        <dd>
          <a className="text-brand-700 underline" href={`tel:${t("phone").replace(/[\s-]/g, "")}`}>
            {t("phone")}
          </a>
        </dd>
        <dt className="text-slate-600">{t("emailLabel")}</dt>
        <dd className="min-w-0 break-all">
          <a className="text-brand-700 underline" href={`mailto:${t("email")}`}>
            {t("email")}
          </a>
        </dd>
      </dl>
    </Card>
  );
}
