import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

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
  attachments?: { filename: string; content: string; contentType: string }[];
};

/**
 * Sends through SMTP_URL when it is set; otherwise only logs (recipient,
 * subject and text), so that a portal without a mail server still works. A failed send is logged and
 * never undoes the change that caused it.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const t = getTransport();
  if (!t) {
    // The text goes to the log too, so that a reset or set-up link can still be read without a mail server.
    console.info(
      `[mail] SMTP_URL not set; not sent: to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`,
    );
    return;
  }
  try {
    await t.sendMail({ from: env().MAIL_FROM, ...mail });
  } catch (error) {
    console.error(`[mail] sending to ${mail.to} failed:`, error instanceof Error ? error.message : error);
  }
}
