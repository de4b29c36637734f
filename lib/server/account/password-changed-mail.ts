import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Mail } from "@/lib/server/mail/send-mail";

/**
 * The mail that tells an account's owner its password was changed (from the
 * account page) or reset (through an emailed link), in the owner's language,
 * so that a change they did not make does not go unnoticed (OWASP ASVS 2.2.3,
 * 2.5.5). It carries no link and no secret.
 */
export function passwordChangedMail(
  user: { email: string; name: string; locale: string | null },
  how: "changed" | "reset",
): Mail {
  const locale = user.locale === "en" ? "en" : "zh-CN";
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "passwordChangedMail" });
  const footer = createTranslator({ locale, messages, namespace: "mail" })("footer");
  return {
    to: user.email,
    subject: t("subject"),
    text: `${t(how, { name: user.name })}\n\n${footer}`,
    template: `passwordChanged.${how}`,
  };
}
