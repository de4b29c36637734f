import { TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

function sameShanghaiDay(a: Date, b: Date): boolean {
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(d);
  return day(a) === day(b);
}

/** "2025/09/18 09:30–17:00" in Beijing time; both dates when the event spans days. */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: Locale): string {
  const end = sameShanghaiDay(startsAt, endsAt)
    ? new Intl.DateTimeFormat(locale, {
        timeZone: TIME_ZONE,
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(endsAt)
    : formatDateTime(endsAt, locale);
  return `${formatDateTime(startsAt, locale)}–${end}`;
}
