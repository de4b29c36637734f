import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { db } from "@/lib/server/db";
import { sendMail, type Mail } from "@/lib/server/mail/send-mail";
import { renderNotification } from "@/lib/server/notifications/render";

export type NotificationInput = {
  userId: string;
  /** The company the notice is about, for a notice addressed to someone as its member: leaving it hides the notice. */
  merchantId?: string;
  kind: string;
  params?: Record<string, string | number>;
  link?: string;
};

/** Writes inbox entries, inside the caller's transaction when given one. */
export async function createNotifications(tx: DbOrTx, inputs: NotificationInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const input of inputs) {
    const row = await tx.notification.create({
      data: {
        userId: input.userId,
        merchantId: input.merchantId ?? null,
        kind: input.kind,
        params: JSON.stringify(input.params ?? {}),
        link: input.link,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/**
 * Emails stored notifications, each in its reader's language. Call it after
 * the transaction has committed: a mail that fails never undoes the change.
 */
export async function emailNotifications(
  ids: string[],
  attachmentsFor?: (
    notification: { kind: string; merchantId: string | null },
    locale: "zh-CN" | "en",
  ) => Mail["attachments"],
): Promise<void> {
  if (!ids.length) return;
  const rows = await db.notification.findMany({
    where: { id: { in: ids } },
    include: { user: { select: { email: true, locale: true, disabled: true } } },
  });
  for (const n of rows) {
    if (n.user.disabled) continue;
    const locale = n.user.locale === "en" ? "en" : "zh-CN";
    const { title, body, footer } = await renderNotification(n, locale);
    await sendMail({
      to: n.user.email,
      subject: title,
      text: `${body}\n\n${footer}`,
      template: `notification.${n.kind}`,
      attachments: attachmentsFor?.(n, locale),
    });
  }
}

/** Puts one notification in a user's inbox and, if asked, emails it. */
export async function notify(input: NotificationInput & { email?: boolean }): Promise<void> {
  const ids = await createNotifications(db, [input]);
  if (input.email) await emailNotifications(ids);
}
