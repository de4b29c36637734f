// Not server-only: the job queue registers the mail job in every process.

/** The job that sends every mail, outside the request, and again when SMTP failed (lib/server/jobs/portal-jobs.ts). */
export const MAIL_JOB = "mail-send";

/** Seconds before a failed mail is tried again; each further retry waits twice as long (MAIL_JOB's backoff). */
export const MAIL_RETRY_DELAY_SECONDS = 30;
