import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "@/lib/db/create-client";
import { loadMessages } from "@/lib/i18n/messages";
import { normalizeEmail } from "@/lib/server/auth/credentials";
import { issuePasswordToken, PASSWORD_TOKEN_TTL_MS } from "@/lib/server/auth/password-tokens";
import type { Mail } from "@/lib/server/mail/send-mail";
import { hitRateLimit } from "@/lib/server/rate-limit";

/** Reset mails one account may be sent per hour, however many addresses ask: no mail-bombing an inbox. */
export const RESET_MAILS_PER_ACCOUNT = { limit: 3, windowSeconds: 60 * 60 };

/** The path of the page that sets a password from a reset or set-up link. */
export function passwordLinkPath(token: string): string {
  return `/reset-password/${token}`;
}

/**
 * Someone asks for a reset link for an email. For an active account, a
 * one-time link (valid one hour) is issued and the mail to send is returned,
 * in the account's language; for anything else, nothing happens and null is
 * returned. The caller answers the same either way.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  options: { origin: string; now?: Date },
): Promise<Mail | null> {
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, name: true, locale: true, disabled: true },
  });
  if (!user || user.disabled) return null;
  const sent = await hitRateLimit(db, `passwordReset:account:${user.id}`, RESET_MAILS_PER_ACCOUNT, now);
  if (sent.limited) return null;
  const { token } = await issuePasswordToken(db, user.id, "RESET", now);
  const locale = user.locale === "en" ? "en" : "zh-CN";
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "passwordResetMail" });
  const footer = createTranslator({ locale, messages, namespace: "mail" })("footer");
  const link = `${options.origin}${passwordLinkPath(token)}`;
  const minutes = PASSWORD_TOKEN_TTL_MS.RESET / 60_000;
  return {
    to: user.email,
    subject: t("subject"),
    text: `${t("body", { name: user.name, link, minutes })}\n\n${footer}`,
    template: "passwordReset",
  };
}
