import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { EventCard } from "@/components/events/event-card";
import { Pager } from "@/components/ui/pager";
import { listPastEvents, listUpcomingEvents } from "@/lib/server/events/public-events";
import { PastEvents } from "@/components/events/past-events";
import { getUiLocale } from "@/lib/i18n/server";
import { BELTS } from "@/lib/validation/event";
import { EmptyState } from "@/components/ui/data-table";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("events");
  return { title: t("title") };
}

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = firstValues(await searchParams);
  const belt = BELTS.find((b) => b === sp.belt);
  const [t, locale] = await Promise.all([getTranslations("events"), getUiLocale()]);
  const [list, past] = await Promise.all([listUpcomingEvents(sp.page, belt), listPastEvents()]);
  const href = (page: number, b = belt) => {
    const params = new URLSearchParams();
    if (b) params.set("belt", b);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/events?${query}` : "/events";
  };
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-700"}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <PageHeading title={t("title")} lead={t("list.lead")} />
      <nav aria-label={t("list.beltFilter")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={href(1, undefined)} aria-current={!belt ? "page" : undefined} className={chip(!belt)}>
              {t("list.allBelts")}
            </Link>
          </li>
          {BELTS.map((b) => (
            <li key={b}>
              <Link href={href(1, b)} aria-current={belt === b ? "page" : undefined} className={chip(belt === b)}>
                {t(`belts.${b}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {t("list.count", { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <EmptyState>{t("list.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {list.items.map((event) => (
            <EventCard key={event.id} event={event} locale={locale} />
          ))}
        </ul>
      )}
      <Pager page={list.page} pages={list.pages} href={(p) => href(p)} messages="events.pager" />
      <PastEvents events={past} locale={locale} />
    </div>
  );
}
