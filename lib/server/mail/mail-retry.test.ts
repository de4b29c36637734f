import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { isPostgresUrl } from "@/lib/db/create-client";
import { decodedBody } from "@/lib/testing/smtp-sink";

// A port nothing listens on yet: SMTP refuses the first send.
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => resolve(port));
  });
});
// SMTP_URL is read once, so it is set before the mail module loads.
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const { db } = await import("@/lib/server/db");
const { sendMail } = await import("./send-mail");
const { MAIL_JOB, MAIL_RETRY_DELAY_SECONDS } = await import("./mail-retry");
const { portalJobQueue, stopPortalJobs } = await import("@/lib/server/jobs/portal-jobs");
const { makeJobDue, runQueuedJobs } = await import("@/lib/testing/job-fixtures");

const received: string[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push(Buffer.concat(chunks).toString("utf8"));
      callback();
    });
  },
});
afterAll(async () => {
  await stopPortalJobs();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await db.$disconnect();
});

const link = "https://portal.example.com/reset-password/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";
const mail = {
  to: "retry.owner@example.com",
  subject: "Reset your password",
  text: `Open this link within 60 minutes:\n${link}\n`,
  template: "passwordReset",
};

/** The queued mail jobs' stored data, as a database dump shows it. */
async function storedMailJobs(): Promise<string[]> {
  if (isPostgresUrl(process.env.DATABASE_URL!)) {
    const rows = await db.$queryRawUnsafe<{ data: string }[]>(
      `SELECT data::text AS data FROM pgboss.job WHERE name = $1`,
      MAIL_JOB,
    );
    return rows.map((r) => r.data);
  }
  return (await db.backgroundJob.findMany({ where: { name: MAIL_JOB } })).map((j) => j.data);
}

describe("a mail the SMTP server refuses", () => {
  it("stays queued sealed, to be sent again later, and its mail job delivers it once the server answers", async () => {
    await sendMail(mail);
    // The mail job's first attempt finds no server.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await runQueuedJobs();
    errors.mockRestore();
    expect(received).toHaveLength(0);

    const queue = await portalJobQueue();
    const queued = (await queue.list({ skip: 0, take: 20 })).rows.filter((j) => j.name === MAIL_JOB);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ state: "retry", retryLimit: 5 });
    expect(queued[0].startAfter.getTime()).toBeGreaterThan(Date.now() + (MAIL_RETRY_DELAY_SECONDS - 5) * 1000);
    // Sealed: the table holds neither the address, the text nor the link.
    const [stored] = await storedMailJobs();
    for (const secret of ["retry.owner", "reset-password", "within 60 minutes", "Reset your password"]) {
      expect(stored).not.toContain(secret);
    }

    // The server comes back: at the retry, the same sealed mail is delivered.
    await new Promise<void>((resolve) => sink.listen(port, "127.0.0.1", resolve));
    const id = queued[0].id;
    await makeJobDue(db, id);
    await runQueuedJobs();
    expect(await queue.get(id)).toMatchObject({ state: "completed" });
    expect(received).toHaveLength(1);
    expect(decodedBody(received[0])).toContain(link);
  });
});
