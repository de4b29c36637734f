import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";

type Stored = { kind: string; params: string };

/** Renders a stored notification in a language, from the message catalogs. */
export async function renderNotification(n: Stored, locale: Locale) {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "notifications.kinds" });
  const known = Object.prototype.hasOwnProperty.call(messages.notifications.kinds, n.kind);
  const kind = (known ? n.kind : "unknown") as keyof typeof messages.notifications.kinds;
  let params: Record<string, string | number> = {};
  try {
    params = JSON.parse(n.params) as Record<string, string | number>;
  } catch {
    params = {};
  }
  const footer = createTranslator({ locale, messages, namespace: "mail" })("footer");
  return { title: t(`${kind}.title`, params), body: t(`${kind}.body`, params), footer };
}
