import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, decodedBody } from "@/lib/testing/smtp-sink";

// SMTP_URL is read once, so it is set before the mail module loads.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { notify } = await import("./notify");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

describe("notification email", () => {
  it("is sent through SMTP_URL in the reader's language, beside the inbox entry", async () => {
    const user = await db.user.update({ where: { email: "merchant@example.com" }, data: { locale: "en" } });
    await notify({
      userId: user.id,
      kind: "merchant_reject",
      params: { company: "ACME", reason: "Licence expired" },
      email: true,
    });
    await runQueuedJobs();
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0];
    expect(mail.to).toEqual(["merchant@example.com"]);
    expect(mail.raw).toMatch(/Subject: Your registration was not approved/);
    expect(decodedBody(mail.raw)).toContain("Reason: Licence expired");
    expect(await db.notification.count({ where: { userId: user.id, kind: "merchant_reject" } })).toBe(1);
  });

  it("is not sent when the inbox entry is not meant to be emailed", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } });
    const before = sink.received.length;
    await notify({ userId: user.id, kind: "welcome" });
    await runQueuedJobs();
    expect(sink.received.length).toBe(before);
  });
});
