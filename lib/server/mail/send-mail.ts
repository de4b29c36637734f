import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env, type Env } from "@/lib/env";
import { currentRequestId } from "@/lib/server/observability/current-request-id";
import { writeLog } from "@/lib/server/observability/logger";
import { errorLine } from "@/lib/server/jobs/types";
import { MAIL_JOB } from "./mail-retry";

let transport: Transporter | null | undefined;

function getTransport(): Transporter | null {
  if (transport === undefined) {
    const url = env().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** Which mail this is (`passwordReset`, `team.invitation`…): what the log names when it must not show the text. */
  template: string;
  /** Text, or binary (a ticket's QR code PNG) as base64 with `encoding: "base64"`. */
  attachments?: { filename: string; content: string; contentType: string; encoding?: "base64" }[];
};

/** The embedded database `npm start` uses when DATABASE_URL is unset, with the demo data. */
const EMBEDDED_DATABASE = "file:./data/cbec.db";

/**
 * Whether an unsent mail's text (with its live reset, set-up or invitation
 * link) may go to the log. Not in production (OWASP ASVS 7.1.1, 7.1.2): the
 * log is read by more people, and kept longer, than a mailbox. Except for the
 * demo (the embedded database or DEMO_DATA=on), whose accounts and passwords
 * are public in the README: there the log is the only way a link reaches its
 * reader, and it opens nothing of value. Development and tests keep the text.
 */
export function logsMailText(e: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "DEMO_DATA">): boolean {
  if (e.NODE_ENV !== "production") return true;
  return e.DEMO_DATA === "on" || (e.DEMO_DATA === "auto" && e.DATABASE_URL === EMBEDDED_DATABASE);
}

/** `m***@example.com`: enough to tell recipients apart in a log, not to harvest them. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

/**
 * What the log says of a mail that was not sent because SMTP_URL is unset:
 * one JSON line (lib/server/observability/logger.ts).
 */
export function logUnsentMail(
  mail: Mail,
  e: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "DEMO_DATA"> = env(),
  requestId = "none",
): void {
  const base = { type: "mail", requestId, event: "mail.notSent", reason: "SMTP_URL not set" };
  if (logsMailText(e)) {
    // The text goes to the log too, so that a reset or set-up link can still be read without a mail server.
    writeLog("info", { ...base, to: mail.to, subject: mail.subject, template: mail.template, text: mail.text });
    return;
  }
  writeLog("info", {
    ...base,
    hint: "set SMTP_URL to deliver mail",
    to: maskEmail(mail.to),
    subject: mail.subject,
    template: mail.template,
  });
}

/** Sends one mail through SMTP_URL, and throws when the server refuses it or cannot be reached. */
export async function deliverMail(mail: Mail, requestId = "none"): Promise<void> {
  const t = getTransport();
  if (!t) return logUnsentMail(mail, env(), requestId);
  const { to, subject, text, attachments } = mail;
  await t.sendMail({ from: env().MAIL_FROM, to, subject, text, attachments });
  writeLog("info", { type: "mail", requestId, event: "mail.sent", to: maskEmail(to), template: mail.template });
}

/**
 * Hands a mail to the job queue (MAIL_JOB), sealed (sealed-mail.ts), when
 * SMTP_URL is set: the request only enqueues, and a worker sends it, retried
 * with a growing delay and left in the dead letter when every retry failed.
 * Callers enqueue after their transaction has committed, so a mail never
 * undoes the change that caused it and the caller is never told of a
 * failure. Without SMTP_URL there is nothing to send: the mail is logged at
 * once (see `logUnsentMail`), so that a portal without a mail server still
 * shows its links. Should the queue itself refuse the mail, it is sent here,
 * once, rather than lost.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const requestId = await currentRequestId();
  if (!getTransport()) return logUnsentMail(mail, env(), requestId);
  try {
    const [{ portalJobQueue }, { sealMail }] = await Promise.all([
      import("@/lib/server/jobs/portal-jobs"),
      import("./sealed-mail"),
    ]);
    const queue = await portalJobQueue();
    const id = await queue.enqueue(MAIL_JOB, { mail: sealMail(mail), requestId });
    writeLog("info", { type: "mail", requestId, event: "mail.queued", job: id, template: mail.template });
    return;
  } catch (queueError) {
    writeLog("error", {
      type: "mail",
      requestId,
      event: "mail.notQueued",
      template: mail.template,
      message: errorLine(queueError),
    });
  }
  try {
    await deliverMail(mail, requestId);
  } catch (error) {
    logFailedMail(mail, requestId, error);
  }
}

/** The log line of a send SMTP refused or could not reach (the queue retries it). */
export function logFailedMail(mail: Mail, requestId: string, error: unknown, job?: { id: string; attempt: number }) {
  writeLog("error", {
    type: "mail",
    requestId,
    event: "mail.failed",
    ...(job ? { job: job.id, attempt: job.attempt } : {}),
    to: maskEmail(mail.to),
    template: mail.template,
    message: errorLine(error),
  });
}
