import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { formatEventTime } from "./format";

type FactsEvent = {
  belt: string;
  startsAt: Date;
  endsAt: Date;
  venueZh: string;
  venueEn: string;
  onlineUrl: string;
  capacity: number;
  seatsTaken: number;
  signupDeadline: Date;
};

/** When, where, the belt, the seats and the deadline of an event. */
export async function EventFacts({ event, locale }: { event: FactsEvent; locale: Locale }) {
  const t = await getTranslations("events.facts");
  const tb = await getTranslations("events.belts");
  const venue = localized(event, "venue", locale);
  const left = Math.max(0, event.capacity - event.seatsTaken);
  const rows: [string, React.ReactNode][] = [
    [t("when"), formatEventTime(event.startsAt, event.endsAt, locale)],
    [t("where"), venue || t("onlineOnly")],
    ...(event.onlineUrl
      ? [
          [
            t("online"),
            <a key="u" href={event.onlineUrl} rel="noopener noreferrer" className="break-all text-brand-700 underline">
              {event.onlineUrl}
            </a>,
          ] as [string, React.ReactNode],
        ]
      : []),
    [t("belt"), tb(event.belt)],
    [t("seats"), t("capacityValue", { capacity: event.capacity, left })],
    [t("deadline"), formatDateTime(event.signupDeadline, locale)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
