import type { Locale } from "@/lib/i18n/config";
import { shanghaiDay } from "@/lib/time/shanghai";
import { formatDateTime, formatTime } from "@/lib/i18n/format";

/** "18 Sep 2025, 09:30–17:00" or "2025年9月18日 09:30–17:00" in Beijing time; both dates when the event spans days. */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: Locale): string {
  const end = shanghaiDay(startsAt) === shanghaiDay(endsAt) ? formatTime(endsAt) : formatDateTime(endsAt, locale);
  return `${formatDateTime(startsAt, locale)}–${end}`;
}
