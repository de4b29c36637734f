import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// SMTP_URL and the alert settings are read once, so they are set before the modules load.
const { startSmtpSink, decodedBody } = await import("@/lib/testing/smtp-sink");
const sink = await startSmtpSink();
Object.assign(process.env, { SMTP_URL: sink.url, ALERT_EMAIL: "soc@example.gov.cn", ALERT_SIGN_IN_FAILURES: "4" });

const { db } = await import("@/lib/server/db");
const { hashPassword } = await import("@/lib/server/auth/password");
const { authorizeSignIn } = await import("@/lib/server/auth/sign-in");
const { countTowardAlerts, SECURITY_ALERT_KIND } = await import("./alerts");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");
type SecurityEvent = import("./security-log").SecurityEvent;

const RULES = { windowSeconds: 600, signInFailures: 3, refusals: 3, rateLimited: 3 };
const staffIds: string[] = [];
let merchantUser = "";
let otherUser = "";

beforeAll(async () => {
  const passwordHash = await hashPassword("a long enough passphrase");
  for (const email of ["alert-staff-1@example.com", "alert-staff-2@example.com"]) {
    staffIds.push((await db.user.create({ data: { email, name: "值班", passwordHash, role: "STAFF" } })).id);
  }
  // A disabled staff account gets nothing.
  await db.user.create({
    data: { email: "alert-gone@example.com", name: "离职", passwordHash, role: "STAFF", disabled: true },
  });
  merchantUser = (
    await db.user.create({ data: { email: "prober@example.com", name: "探测", passwordHash, role: "MERCHANT" } })
  ).id;
  otherUser = (
    await db.user.create({ data: { email: "other@example.com", name: "其他", passwordHash, role: "MERCHANT" } })
  ).id;
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});
beforeEach(async () => {
  await db.notification.deleteMany({ where: { kind: SECURITY_ALERT_KIND } });
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "alert:" } } });
  vi.restoreAllMocks();
});

const failure: SecurityEvent = { event: "signIn.failure", reason: "invalid", userId: null, emailHash: "x", ip: "1" };
const refusal = (userId: string | null): SecurityEvent => ({
  event: "access.refused",
  reason: "notFound",
  where: "page:/merchant/skus/[id]",
  userId,
});
const alertsIn = (userId: string) => db.notification.count({ where: { userId, kind: SECURITY_ALERT_KIND } });

/** The alert lines written while `run` runs. */
async function alertLines(run: () => Promise<unknown>) {
  const lines: string[] = [];
  vi.spyOn(console, "warn").mockImplementation((line: unknown) => void lines.push(String(line)));
  await run();
  vi.restoreAllMocks();
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.type === "alert");
}

/** Sends `n` events at `at`, and returns how many of them raised an alert. */
async function send(n: number, event: SecurityEvent, at: Date) {
  let raised = 0;
  for (let i = 0; i < n; i++) if (await countTowardAlerts(db, event, "req-alerts-01", RULES, at)) raised++;
  return raised;
}

describe("alerts on abnormal activity (OWASP ASVS 8.1.4, 11.1.7, 11.1.8)", () => {
  it("raise nothing below the threshold", async () => {
    const t0 = new Date("2026-11-30T10:00:00Z");
    const lines = await alertLines(async () => {
      expect(await send(2, failure, t0)).toBe(0);
      expect(await send(2, refusal(merchantUser), t0)).toBe(0);
    });
    expect(lines).toEqual([]);
    for (const id of staffIds) expect(await alertsIn(id)).toBe(0);
  });

  it("raise exactly one alert per window when a threshold is crossed: a log line, a notice to each staff member, a mail", async () => {
    const t0 = new Date("2026-11-30T11:00:00Z");
    const mailsBefore = sink.received.length;
    const lines = await alertLines(async () => {
      expect(await send(10, failure, t0)).toBe(1);
      expect(await send(5, failure, new Date(t0.getTime() + 599_000))).toBe(0);
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: "warn",
        type: "alert",
        requestId: "req-alerts-01",
        rule: "signInFailures",
        threshold: 3,
        windowSeconds: 600,
      }),
    ]);
    for (const id of staffIds) expect(await alertsIn(id)).toBe(1);
    expect(await db.notification.count({ where: { kind: SECURITY_ALERT_KIND } })).toBe(staffIds.length);
    await runQueuedJobs();
    await expect.poll(() => sink.received.length).toBe(mailsBefore + 1);
    const mail = sink.received[mailsBefore];
    expect(mail.to).toEqual(["soc@example.gov.cn"]);
    expect(decodedBody(mail.raw)).toContain("3 failed sign-ins across the portal within 10 minutes");

    // The next window raises its own alert.
    expect(await send(3, failure, new Date(t0.getTime() + 601_000))).toBe(1);
    for (const id of staffIds) expect(await alertsIn(id)).toBe(2);
  });

  it("count refusals per account, and not those of visitors without one", async () => {
    const t0 = new Date("2026-11-30T12:00:00Z");
    expect(await send(2, refusal(merchantUser), t0)).toBe(0);
    expect(await send(2, refusal(otherUser), t0)).toBe(0);
    expect(await send(10, refusal(null), t0)).toBe(0);
    expect(await send(1, refusal(merchantUser), t0)).toBe(1);
    const notice = await db.notification.findFirstOrThrow({
      where: { userId: staffIds[0], kind: SECURITY_ALERT_KIND },
    });
    expect(JSON.parse(notice.params)).toMatchObject({ rule: "refusals", account: "prober@example.com" });
  });

  it("raise one alert for many events at once", async () => {
    const t0 = new Date("2026-11-30T13:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, () => countTowardAlerts(db, failure, "req", RULES, t0)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("count the security log's events, with the thresholds of the environment (ALERT_SIGN_IN_FAILURES)", async () => {
    const headers = new Headers({ "x-request-id": "signin-alert-1" });
    for (let i = 0; i < 3; i++) {
      await authorizeSignIn(db, { email: "nobody@example.com", password: "wrong" }, headers, { wait: async () => {} });
    }
    expect(await alertsIn(staffIds[0])).toBe(0);
    await authorizeSignIn(db, { email: "nobody@example.com", password: "wrong" }, headers, { wait: async () => {} });
    expect(await alertsIn(staffIds[0])).toBe(1);
  });
});
