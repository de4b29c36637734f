// Alerting on abnormal activity (OWASP ASVS 8.1.4, 11.1.7, 11.1.8): security
// events are counted per rule in fixed windows, in the database's rate-limit
// table so that every server process adds to the same count; the event that
// brings a count to its threshold raises the rule's one alert for that
// window: an `alert` log line, a notice in every commission staff member's
// inbox, and a mail to ALERT_EMAIL when SMTP_URL is set.
import "server-only";
import type { Db } from "@/lib/db/create-client";
import { env, type Env } from "@/lib/env";
import { sendMail } from "@/lib/server/mail/send-mail";
import { createNotifications } from "@/lib/server/notifications/notify";
import { renderNotification } from "@/lib/server/notifications/render";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { writeLog } from "./logger";
import type { SecurityEvent } from "./security-log";

/** The notification kind of an alert (its strings: `securityAlertNotifications`). */
export const SECURITY_ALERT_KIND = "security_alert";

export type AlertRuleName = "signInFailures" | "refusals" | "rateLimited";

/** Events of a rule within `windowSeconds` that raise an alert; 0 turns the rule off. */
export type AlertRules = { windowSeconds: number } & Record<AlertRuleName, number>;

type AlertEnv = Pick<
  Env,
  "ALERT_WINDOW_SECONDS" | "ALERT_SIGN_IN_FAILURES" | "ALERT_REFUSALS_PER_USER" | "ALERT_RATE_LIMITED"
>;

export function alertRules(e: AlertEnv = env()): AlertRules {
  return {
    windowSeconds: e.ALERT_WINDOW_SECONDS,
    signInFailures: e.ALERT_SIGN_IN_FAILURES,
    refusals: e.ALERT_REFUSALS_PER_USER,
    rateLimited: e.ALERT_RATE_LIMITED,
  };
}

/**
 * What an event counts toward: failed sign-ins across the site; refusals
 * (tenant probes included) by one signed-in account; refusals by a rate limit
 * across the site. Other events count toward nothing.
 */
export function countedAs(event: SecurityEvent): { rule: AlertRuleName; userId: string | null } | null {
  const reason = "reason" in event ? event.reason : undefined;
  if (reason === "rate_limited" || event.event === "rateLimited") return { rule: "rateLimited", userId: null };
  if (event.event === "signIn.failure") return { rule: "signInFailures", userId: null };
  if (event.event === "access.refused" && event.userId) return { rule: "refusals", userId: event.userId };
  return null;
}

export type Alert = { rule: AlertRuleName; userId: string | null; threshold: number; windowSeconds: number };

/**
 * Counts a security event toward its rule and raises the rule's alert when
 * this event is the one that reaches the threshold (the count is one atomic
 * increment, so exactly one event per window, across processes, reaches it).
 * Returns the alert raised, or null.
 */
export async function countTowardAlerts(
  db: Db,
  event: SecurityEvent,
  requestId: string,
  rules: AlertRules = alertRules(),
  now = new Date(),
): Promise<Alert | null> {
  const counted = countedAs(event);
  if (!counted) return null;
  const threshold = rules[counted.rule];
  if (threshold <= 0) return null;
  const key = `alert:${counted.rule}:${counted.userId ?? "site"}`;
  const { count } = await hitRateLimit(db, key, { limit: threshold, windowSeconds: rules.windowSeconds }, now);
  if (count !== threshold) return null;
  const alert = { ...counted, threshold, windowSeconds: rules.windowSeconds };
  await raiseAlert(db, alert, requestId);
  return alert;
}

async function raiseAlert(db: Db, alert: Alert, requestId: string): Promise<void> {
  writeLog("warn", { type: "alert", requestId, ...alert });
  const minutes = Math.round(alert.windowSeconds / 60);
  const account = alert.userId
    ? ((await db.user.findUnique({ where: { id: alert.userId }, select: { email: true } }))?.email ?? alert.userId)
    : "";
  const params = { rule: alert.rule, count: alert.threshold, minutes, account };
  const staff = await db.user.findMany({ where: { role: "STAFF", disabled: false }, select: { id: true } });
  await createNotifications(
    db,
    staff.map((s) => ({ userId: s.id, kind: SECURITY_ALERT_KIND, params, link: "/admin/notifications" })),
  );
  const { ALERT_EMAIL, SMTP_URL } = env();
  if (ALERT_EMAIL && SMTP_URL) {
    // One mail in both languages: the address is a team's, whose language the portal does not know.
    const stored = { kind: SECURITY_ALERT_KIND, params: JSON.stringify(params) };
    const texts = await Promise.all((["zh-CN", "en"] as const).map((locale) => renderNotification(stored, locale)));
    await sendMail({
      to: ALERT_EMAIL,
      subject: texts.map((t) => t.title).join(" / "),
      text: texts.map((t) => `${t.title}\n${t.body}`).join("\n\n"),
      template: "securityAlert",
    });
  }
}
