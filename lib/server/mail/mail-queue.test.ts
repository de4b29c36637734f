// Every mail is sent by the mail job, outside the request that causes it: on
// a web process (JOB_WORKERS=0) the request only queues the sealed mail, and
// the job sends it, retries it with a growing delay and leaves it in the dead
// letter when every attempt failed. On SQLite and on PostgreSQL (pg-boss).
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decodedBody } from "@/lib/testing/smtp-sink";

let refusing = false;
let refusals = 0;
let connections = 0;
const received: { to: string[]; raw: string }[] = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onConnect(_session, callback) {
    connections++;
    callback();
  },
  onRcptTo(_address, _session, callback) {
    // A temporary refusal (451): the sender should try again later.
    if (refusing) {
      refusals++;
      return callback(Object.assign(new Error("451 mailbox busy, try later"), { responseCode: 451 }));
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
// Read once, so set before the modules load: a web process with a mail server and no workers.
process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`;
process.env.JOB_WORKERS = "0";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { notify } = await import("@/lib/server/notifications/notify");
const { sendMail } = await import("./send-mail");
const { MAIL_JOB, MAIL_RETRY_DELAY_SECONDS } = await import("./mail-retry");
const { portalJobQueue } = await import("@/lib/server/jobs/portal-jobs");
const { retryJob } = await import("@/lib/server/jobs/admin-jobs");
const { makeJobDue, runQueuedJobs } = await import("@/lib/testing/job-fixtures");
const { PG_BOSS_SCHEMA } = await import("@/lib/server/jobs/pg-boss-queue");

let staffId = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
});
afterAll(async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await db.$disconnect();
});

async function mailJobs() {
  const queue = await portalJobQueue();
  return (await queue.list({ skip: 0, take: 100 })).rows.filter((j) => j.name === MAIL_JOB);
}

/** A job's data as the database holds it (what a dump would show). */
async function storedData(id: string): Promise<string> {
  if ((await portalJobQueue()).backend === "sqlite")
    return (await db.backgroundJob.findUniqueOrThrow({ where: { id } })).data;
  const [row] = await db.$queryRawUnsafe<{ data: string }[]>(
    `SELECT data::text AS data FROM ${PG_BOSS_SCHEMA}.job WHERE id = $1::uuid`,
    id,
  );
  return row.data;
}

describe("mail sent as a job", () => {
  it("leaves the request without contacting SMTP, sealed in the queue, and the mail job delivers it", async () => {
    const user = await db.user.update({ where: { email: "merchant@example.com" }, data: { locale: "en" } });
    const before = connections;
    await notify({
      userId: user.id,
      kind: "merchant_reject",
      params: { company: "ACME", reason: "Licence expired" },
      email: true,
    });
    // The decision's request has returned: SMTP was never contacted, the mail waits in the queue.
    expect(connections).toBe(before);
    expect(received).toHaveLength(0);
    const [job] = await mailJobs();
    expect(job).toMatchObject({ state: "created", retryLimit: 5, retryCount: 0 });
    const stored = await storedData(job.id);
    for (const plain of ["merchant@example.com", "Licence expired", "not approved"])
      expect(stored).not.toContain(plain);

    await runQueuedJobs();
    expect(connections).toBeGreaterThan(before);
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["merchant@example.com"]);
    expect(received[0].raw).toMatch(/Subject: Your registration was not approved/);
    expect(decodedBody(received[0].raw)).toContain("Reason: Licence expired");
    expect(await (await portalJobQueue()).get(job.id)).toMatchObject({ state: "completed" });
  });

  it("retries a mail SMTP refuses with a delay that doubles, then leaves it in the dead letter; staff put it back, audited", async () => {
    refusing = true;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await sendMail({ to: "busy@example.com", subject: "Your event", text: "See you there.", template: "test.busy" });
    const queue = await portalJobQueue();
    const id = (await mailJobs()).find((j) => j.state === "created")!.id;

    // The first attempt and five retries, each after twice the delay of the one before.
    for (let retry = 1; retry <= 5; retry++) {
      await runQueuedJobs();
      const job = (await queue.get(id))!;
      expect(job.state).toBe("retry");
      expect(refusals).toBe(retry);
      expect(job.lastError).toContain("451");
      const delay = (job.startAfter.getTime() - Date.now()) / 1000;
      const base = MAIL_RETRY_DELAY_SECONDS * 2 ** (retry - 1);
      // SQLite waits exactly the delay; pg-boss adds up to as much again of jitter.
      expect(delay).toBeGreaterThan(base - 5);
      expect(delay).toBeLessThanOrEqual(2 * base + 1);
      await makeJobDue(db, id);
    }
    await runQueuedJobs();
    errors.mockRestore();
    const dead = (await queue.get(id))!;
    expect(dead).toMatchObject({ state: "failed", retryCount: 5 });
    expect(refusals).toBe(6);
    expect(dead.lastError).toContain("451");
    expect(received.filter((m) => m.to.includes("busy@example.com"))).toHaveLength(0);
    // Nothing runs it again by itself.
    await runQueuedJobs();
    expect((await queue.get(id))!.state).toBe("failed");

    // Commission staff retry it from /admin/jobs once the server takes mail again: audited, then delivered.
    refusing = false;
    const staff = { userId: staffId, role: "STAFF" as const, merchantId: null, parkId: null };
    expect(await retryJob(staff, id)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "job.retry", entityId: id } });
    expect(entry).toMatchObject({ actorId: staffId, entityType: "Job" });
    expect(JSON.parse(entry.details)).toMatchObject({ name: MAIL_JOB, attempts: 6 });
    await runQueuedJobs();
    expect(await queue.get(id)).toMatchObject({ state: "completed" });
    expect(received.filter((m) => m.to.includes("busy@example.com"))).toHaveLength(1);
  });
});
