import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";

type PastEvent = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  belt: string;
  startsAt: Date;
  people: number;
  companies: number;
};

/** The events that took place, with how many people and companies attended. */
export async function PastEvents({ events, locale }: { events: PastEvent[]; locale: Locale }) {
  const [t, te] = await Promise.all([getTranslations("pastEvents"), getTranslations("events")]);
  return (
    <section aria-labelledby="past-events" className="mt-12">
      <h2 id="past-events" className="mb-4 text-xl font-semibold text-slate-900">
        {t("title")}
      </h2>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/events/${event.slug}`} className="font-medium break-words text-brand-800 underline">
                  {localized(event, "title", locale)}
                </Link>
                <p className="text-sm text-slate-600">
                  {formatDate(event.startsAt, locale)} · <Badge tone="info">{te(`belts.${event.belt}`)}</Badge>
                </p>
              </div>
              <p className="shrink-0 text-sm text-slate-800 tabular-nums">
                {t("attendance", { people: event.people, companies: event.companies })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
