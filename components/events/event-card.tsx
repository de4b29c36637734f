import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { formatEventTime } from "./format";

type CardEvent = {
  slug: string;
  titleZh: string;
  titleEn: string;
  belt: string;
  startsAt: Date;
  endsAt: Date;
  venueZh: string;
  venueEn: string;
  onlineUrl: string;
  capacity: number;
  seatsTaken: number;
  signupDeadline: Date;
  _count: { partners: number };
};

/** One upcoming event in the public list. */
export async function EventCard({ event, locale }: { event: CardEvent; locale: Locale }) {
  const t = await getTranslations("events");
  const left = Math.max(0, event.capacity - event.seatsTaken);
  const venue = localized(event, "venue", locale);
  const rows: [string, string][] = [
    [t("facts.when"), formatEventTime(event.startsAt, event.endsAt, locale)],
    [t("facts.where"), venue || t("facts.onlineOnly")],
    [t("facts.seats"), t("facts.seatsLeft", { count: left })],
    [t("facts.deadline"), formatDateTime(event.signupDeadline, locale)],
  ];
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{t(`belts.${event.belt}`)}</Badge>
        {left === 0 ? <Badge tone="warn">{t("facts.full")}</Badge> : null}
      </div>
      <h2 className="mt-3 text-lg leading-snug font-semibold">
        <Link href={`/events/${event.slug}`} className="text-brand-800 hover:underline">
          {localized(event, "title", locale)}
        </Link>
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-auto pt-3 text-sm text-slate-600">{t("facts.partners", { count: event._count.partners })}</p>
    </li>
  );
}
