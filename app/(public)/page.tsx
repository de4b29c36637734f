import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { getPublicFigures } from "@/lib/server/zones/get-public-figures";
import { getZoneSystem } from "@/lib/server/zones/get-zone-system";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatCnyCompact, formatNumber } from "@/lib/i18n/format";
import { formatGoalPercent, formatMonth } from "@/components/dashboard/format";
import { listUpcomingEvents } from "@/lib/server/events/public-events";
import { EventCard } from "@/components/events/event-card";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const [t, locale, figures, system, events] = await Promise.all([
    getTranslations(),
    getUiLocale(),
    getPublicFigures(),
    getZoneSystem(),
    listUpcomingEvents(1, undefined),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  // The city's volume goal as the dashboard measures it: one percentage on every screen.
  const goal = figures.volumeGoal;
  const period = goal
    ? t("figures.period", { from: formatMonth(goal.periodStart, locale), to: formatMonth(goal.periodEnd, locale) })
    : "";
  return (
    <>
      <section className="bg-gradient-to-b from-brand-800 to-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 py-12 md:py-16">
          <h1 className="text-3xl font-semibold md:text-4xl">{t("landing.title")}</h1>
          <p className="mt-4 max-w-3xl text-lg text-brand-100">{t("landing.lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/register"
              className="rounded bg-white px-5 py-2.5 font-medium text-brand-800 hover:bg-brand-50"
            >
              {t("landing.merchantCta")}
            </Link>
            <Link href="/login" className="rounded border border-white/60 px-5 py-2.5 font-medium hover:bg-white/10">
              {t("landing.signInCta")}
            </Link>
          </div>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-4 py-10">
        <h2 className="text-xl font-semibold">{t("landing.figuresTitle")}</h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat
            label={t("landing.figures.zones")}
            value={n(figures.designated)}
            hint={figures.planned ? t("landing.figures.zonesPlanned", { count: figures.planned }) : null}
          />
          <Stat label={t("landing.figures.parks")} value={n(figures.parks)} />
          <Stat
            label={t("figures.counts.approvedMerchants.label")}
            value={n(figures.merchants)}
            hint={t("figures.counts.approvedMerchants.note")}
          />
          <Stat label={t("landing.figures.platforms")} value={n(figures.platforms)} />
        </dl>

        <section className="mt-10">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <h2 className="text-xl font-semibold">{t("landing.eventsTitle")}</h2>
            <Link href="/events" className="text-sm font-medium text-brand-700 underline">
              {t("landing.allEvents")}
            </Link>
          </div>
          {events.items.length ? (
            <ul className="mt-4 grid gap-4 md:grid-cols-3">
              {events.items.slice(0, 3).map((event) => (
                <EventCard key={event.id} event={event} locale={locale} />
              ))}
            </ul>
          ) : (
            <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
              {t("landing.noEvents")}
            </p>
          )}
        </section>

        <div className="mt-10 grid gap-6 md:grid-cols-3">
          <section className="md:col-span-2">
            <h2 className="text-xl font-semibold">{t("landing.systemTitle")}</h2>
            <p className="mt-2 text-slate-600">{t("landing.systemLead")}</p>
            {system.pilot ? (
              <div className="mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4">
                <Badge tone="info">{t("status.zoneKind.PILOT")}</Badge>
                <p className="mt-2 font-medium text-brand-900">{localized(system.pilot, "name", locale)}</p>
              </div>
            ) : null}
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {system.demonstration.map((zone) => (
                <li key={zone.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <div className="flex items-start justify-between gap-2">
                    <p className="font-medium">{localized(zone, "name", locale)}</p>
                    <Badge tone={zone.status === "DESIGNATED" ? "good" : "neutral"}>
                      {t(`status.zone.${zone.status}`, { year: zone.designatedYear ?? "" })}
                    </Badge>
                  </div>
                  {zone.parks.length ? (
                    <ul className="mt-2 space-y-1 text-sm text-slate-600">
                      {zone.parks.map((park) => (
                        <li key={park.id}>{localized(park, "name", locale)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-2 text-sm text-slate-500">{t("landing.parksIn", { count: 0 })}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
          <aside className="h-fit rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="landing-goal-title" className="text-lg font-semibold">
              {t("figures.landing.goalTitle")}
            </h2>
            {goal ? (
              <div aria-labelledby="landing-goal-title" role="group" className="mt-2 text-slate-700">
                <p className="font-medium text-slate-900">{localized(goal, "label", locale)}</p>
                <p className="mt-1" data-goal-percent={goal.status.percent ?? undefined}>
                  {goal.status.phase === "upcoming"
                    ? t("figures.landing.upcoming", {
                        period,
                        amount: formatCnyCompact(goal.status.requiredPerMonth ?? 0n, locale),
                      })
                    : goal.status.phase === "ended"
                      ? t("figures.landing.ended", {
                          verdict: t(`dashboard.pace.verdict.${goal.status.verdict}`),
                          amount: formatCnyCompact(goal.status.soFar, locale),
                          percent: formatGoalPercent(goal.status.percent ?? 0, locale),
                          period,
                        })
                      : t("figures.landing.running", {
                          percent: formatGoalPercent(goal.status.percent ?? 0, locale),
                          period,
                        })}
                </p>
              </div>
            ) : null}
            <p className="mt-2 text-sm text-slate-600">{t("figures.landing.otherGoals")}</p>
          </aside>
        </div>
      </div>
    </>
  );
}
