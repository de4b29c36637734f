import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { SignupStatusBadge } from "@/components/events/status-badges";
import { formatEventTime } from "@/components/events/format";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { listMyEvents } from "@/lib/server/events/public-events";
import { getUiLocale, localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("myEvents");
  return { title: t("title") };
}

type Row = Awaited<ReturnType<typeof listMyEvents>>["upcoming"][number];

async function SignupList({ rows, locale, past }: { rows: Row[]; locale: Locale; past: boolean }) {
  const [t, tp, tt] = await Promise.all([
    getTranslations("myEvents"),
    getTranslations("pastEvents"),
    getTranslations("tickets"),
  ]);
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <Link href={`/events/${r.event.slug}`} className="font-medium text-brand-800 underline">
              {localized(r.event, "title", locale)}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{formatEventTime(r.event.startsAt, r.event.endsAt, locale)}</p>
            <p className="text-sm text-slate-600">
              {t("attendees", { names: r.names.join(locale === "zh-CN" ? "、" : ", "), count: r.seats })}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm">
            <SignupStatusBadge status={r.status} />
            {r.position !== null ? (
              <span className="text-slate-700">{t("position", { position: r.position })}</span>
            ) : null}
            {past && r.status === "CONFIRMED" && r.event.status !== "CANCELLED" ? (
              <span className={r.checkedInAt ? "font-medium text-emerald-800" : "text-slate-700"}>
                {r.checkedInAt ? tp("youAttended") : tp("didNotAttend")}
              </span>
            ) : null}
            {!past && r.status === "CONFIRMED" ? (
              <Link
                href={`/merchant/events/${r.eventId}/tickets`}
                aria-label={tt("viewLabel", { event: localized(r.event, "title", locale) })}
                className="font-medium text-brand-700 underline"
              >
                {tt("view")}
              </Link>
            ) : null}
            {r.event.status === "CANCELLED" ? <span className="text-red-800">{t("eventCancelled")}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function MyEventsPage() {
  const user = await requireMerchantPage("/merchant/events");
  const [t, locale, mine] = await Promise.all([
    getTranslations("myEvents"),
    getUiLocale(),
    listMyEvents(user.merchant.id),
  ]);
  const empty = "rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600";
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t("lead")}
        actions={
          <Link
            href="/events"
            className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("browse")}
          </Link>
        }
      />
      <section className="mb-8">
        <h2 className="mb-3 text-lg font-semibold">{t("upcoming")}</h2>
        {mine.upcoming.length ? (
          <SignupList rows={mine.upcoming} locale={locale} past={false} />
        ) : (
          <p className={empty}>{t("emptyUpcoming")}</p>
        )}
      </section>
      <section>
        <h2 className="mb-3 text-lg font-semibold">{t("past")}</h2>
        {mine.past.length ? (
          <SignupList rows={mine.past} locale={locale} past />
        ) : (
          <p className={empty}>{t("emptyPast")}</p>
        )}
      </section>
    </>
  );
}
