import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { sendMail } from "@/lib/server/mail/send-mail";

/**
 * The one message a registration sends to the address it names: to a new
 * owner, that the registration was received; to an address that has an
 * account already, that someone tried to register with it. The page shows
 * the same confirmation in both cases; only the inbox's owner learns which.
 */
export async function sendRegistrationMail(
  to: string,
  outcome: "created" | "emailKnown",
  registration: { nameZh: string; nameEn?: string; contactName: string },
  opts: { origin: string; locale: Locale },
): Promise<void> {
  const origin = opts.origin.replace(/\/+$/, "");
  const t = createTranslator({
    locale: opts.locale,
    messages: loadMessages(opts.locale),
    namespace: "membership.registration.mail",
  });
  const company = opts.locale === "en" && registration.nameEn ? registration.nameEn : registration.nameZh;
  const params = {
    company,
    name: registration.contactName,
    login: `${origin}/login`,
    forgot: `${origin}/forgot-password`,
  };
  const [subject, body] =
    outcome === "created" ? (["receivedSubject", "receivedBody"] as const) : (["knownSubject", "knownBody"] as const);
  await sendMail({ to, subject: t(subject, params), text: t(body, params), template: `registration.${outcome}` });
}
