import "server-only";
import { createEvent } from "ics";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";

// An event as an iCalendar file (RFC 5545), built with the `ics` package.
// Times are written in UTC ("…Z"), which every calendar converts to its own
// zone, so Beijing time comes out right anywhere; a reminder fires a day before.

export type IcsEvent = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  venueZh: string;
  venueEn: string;
  onlineUrl: string;
  startsAt: Date;
  endsAt: Date;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED" | "COMPLETED";
  createdAt: Date;
  updatedAt: Date;
};

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function foldOctets(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function refold(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map((l) => (l ? foldOctets(l) : l)).join("\r\n");
}

export function icsFileName(event: Pick<IcsEvent, "slug">): string {
  return `${event.slug}.ics`;
}

/** The event's calendar file in a language; `origin` adds a link to its page. */
export function buildEventIcs(event: IcsEvent, locale: Locale, origin?: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "events.ics" });
  const title = localized(event, "title", locale);
  const url = origin ? `${origin}/events/${event.slug}` : undefined;
  const venue = localized(event, "venue", locale);
  const description = [
    localized(event, "description", locale),
    event.onlineUrl ? t("online", { url: event.onlineUrl }) : "",
    url ? t("details", { url }) : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  const result = createEvent({
    productId: "-//Chongqing Municipal Commerce Commission//CBEC Parks Portal//ZH",
    method: "PUBLISH",
    uid: `${event.id}@events.cbec-portal`,
    // Grows with every change, so calendars replace the copy they have.
    sequence: Math.max(0, Math.floor((event.updatedAt.getTime() - event.createdAt.getTime()) / 1000)),
    title,
    description,
    location: [venue, event.onlineUrl].filter(Boolean).join(" · ") || undefined,
    url,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: event.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    alarms: [{ action: "display", description: t("reminder", { title }), trigger: { hours: 24, before: true } }],
  });
  if (result.error || !result.value) throw result.error ?? new Error("ics: no output");
  return refold(result.value);
}
