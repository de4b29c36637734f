import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { shanghaiInputToUtc } from "@/lib/time/shanghai";

type Stored = { kind: string; params: string };

/**
 * Where a notification kind's title and body live: `notifications.kinds`, or
 * an area's own `<area>Notifications` namespace (eventsNotifications, ...).
 */
function namespaceOf(messages: Record<string, unknown>, kind: string): string | null {
  const core = (messages.notifications as { kinds: Record<string, unknown> }).kinds;
  if (Object.prototype.hasOwnProperty.call(core, kind)) return "notifications.kinds";
  for (const [ns, value] of Object.entries(messages)) {
    if (
      ns.endsWith("Notifications") &&
      value &&
      typeof value === "object" &&
      Object.prototype.hasOwnProperty.call(value, kind)
    ) {
      return ns;
    }
  }
  return null;
}

const STAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/**
 * A `time` is stored as a Beijing-time stamp ("2025-09-18 09:30"), the same for
 * every reader; each reads it in the portal's form of their language
 * ("18 Sep 2025, 09:30", "2025年9月18日 09:30").
 */
function withReadableTime(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const { time } = params;
  if (typeof time !== "string" || !STAMP.test(time)) return params;
  const at = shanghaiInputToUtc(time.replace(" ", "T"));
  return at ? { ...params, time: formatDateTime(at, locale) } : params;
}

/** Renders a stored notification in a language, from the message catalogs. */
export async function renderNotification(n: Stored, locale: Locale) {
  const messages = loadMessages(locale);
  const found = namespaceOf(messages as unknown as Record<string, unknown>, n.kind);
  const namespace = found ?? "notifications.kinds";
  const kind = found ? n.kind : "unknown";
  const t = createTranslator({ locale, messages, namespace: namespace as "notifications.kinds" });
  let params: Record<string, string | number> = {};
  try {
    params = JSON.parse(n.params) as Record<string, string | number>;
  } catch {
    params = {};
  }
  params = withReadableTime(params, locale);
  const footer = createTranslator({ locale, messages, namespace: "mail" })("footer");
  return {
    title: t(`${kind}.title` as "unknown.title", params),
    body: t(`${kind}.body` as "unknown.body", params),
    footer,
  };
}
