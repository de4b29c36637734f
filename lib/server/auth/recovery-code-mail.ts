import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Mail } from "@/lib/server/mail/send-mail";

/**
 * The mail that tells an account's owner one of their recovery codes was just
 * used to sign in, and how many are left (OWASP ASVS 2.5.5, 2.8): a use they
 * did not make is a sign their password and codes are known. No link, no code.
 */
export function recoveryCodeUsedMail(
  user: { email: string; name: string; locale: string | null },
  recoveryCodesLeft: number,
): Mail {
  const locale = user.locale === "en" ? "en" : "zh-CN";
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "secondFactorMail" });
  const footer = createTranslator({ locale, messages, namespace: "mail" })("footer");
  return {
    to: user.email,
    subject: t("subject"),
    text: `${t("body", { name: user.name, left: recoveryCodesLeft })}\n\n${footer}`,
    template: "secondFactor.recoveryCodeUsed",
  };
}
