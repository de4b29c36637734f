import "server-only";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { renderNotification } from "@/lib/server/notifications/render";

export type NotificationInput = {
  userId: string;
  kind: string;
  params?: Record<string, string | number>;
  link?: string;
  /** Also send an email (when SMTP is configured). */
  email?: boolean;
};

/** Puts a notification in the user's inbox and, if asked, emails it. */
export async function notify(input: NotificationInput): Promise<void> {
  const notification = await db.notification.create({
    data: { userId: input.userId, kind: input.kind, params: JSON.stringify(input.params ?? {}), link: input.link },
    include: { user: { select: { email: true, locale: true } } },
  });
  if (!input.email) return;
  const locale = notification.user.locale === "en" ? "en" : "zh-CN";
  const { title, body, footer } = await renderNotification(notification, locale);
  await sendMail({ to: notification.user.email, subject: title, text: `${body}\n\n${footer}` });
}
