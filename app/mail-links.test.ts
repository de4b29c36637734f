import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";
import { startSmtpSink, type ReceivedMail } from "@/lib/testing/smtp-sink";

// SMTP_URL is read once, so it is set before the mail module loads.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

// Every request here comes with a forged host, as a client may send it when no proxy rewrites it.
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "198.51.100.7",
    }),
}));
// Work scheduled with after() runs once the answer is sent; here it is collected and awaited.
const later = vi.hoisted(() => ({ tasks: [] as Promise<unknown>[] }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void later.tasks.push(Promise.resolve().then(task)),
}));

const { db } = await import("@/lib/server/db");
const { env } = await import("@/lib/env");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant, names } = await import("@/lib/testing/event-fixtures");
const { signUp } = await import("@/lib/server/events/sign-up");
const { inviteMemberAction } = await import("@/app/merchant/(approved)/team/actions");
const { requestResetAction } = await import("@/app/(public)/forgot-password/actions");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { withdrawAction } = await import("@/app/(public)/events/[slug]/actions");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

let parkId = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** A mail's text and its attachments, every base64 part decoded. */
function readable(mail: ReceivedMail): string {
  const parts = mail.raw.split(/\r?\n--[^\r\n]+\r?\n/);
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join("\n");
      return /content-transfer-encoding:\s*base64/i.test(head)
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body.replace(/=\r?\n/g, "");
    })
    .join("\n");
}

async function mailsDuring(run: () => Promise<unknown>): Promise<string[]> {
  await runQueuedJobs();
  const before = sink.received.length;
  await run();
  await Promise.all(later.tasks.splice(0));
  await runQueuedJobs();
  return sink.received.slice(before).map(readable);
}

describe("links in mail, with a forged Host and X-Forwarded-Host", () => {
  const origin = () => `http://localhost:${env().PORT}`;

  it("an invitation links to the configured origin only", async () => {
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
    let link = "";
    const mails = await mailsDuring(async () => {
      const state = await inviteMemberAction({}, form({ email: "forged-host@example.com" }));
      link = state.data?.link ?? "";
    });
    expect(link.startsWith(`${origin()}/invite/`)).toBe(true);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`${origin()}/invite/`);
    expect(mails.join("\n")).not.toContain("evil.example");
  });

  it("a password reset links to the configured origin only", async () => {
    sessionStub.userId = null;
    const mails = await mailsDuring(() =>
      requestResetAction({}, form({ email: "merchant@example.com", formShownAt: shownSecondsAgo("passwordReset") })),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`${origin()}/reset-password/`);
    expect(mails.join("\n")).not.toContain("evil.example");
  });

  it("a waitlist promotion's calendar file links to the configured origin only", async () => {
    const event = await makeEvent(db, { capacity: 1 });
    const first = await makeMerchant(db, { parkId });
    const waiting = await makeMerchant(db, { parkId });
    const taken = await signUp(db, first, event.slug, { attendees: names(1), partnerIds: [] });
    expect(taken.ok).toBe(true);
    expect((await signUp(db, waiting, event.slug, { attendees: names(1), partnerIds: [] })).ok).toBe(true);
    sessionStub.userId = first.userId;
    const mails = await mailsDuring(() =>
      withdrawAction({}, form({ signupId: taken.ok ? taken.signupId : "", eventKey: event.slug })),
    );
    const promotion = mails.find((m) => m.includes("BEGIN:VCALENDAR"));
    expect(promotion).toBeDefined();
    expect(promotion).toContain(`URL:${origin()}/events/${event.slug}`);
    expect(mails.join("\n")).not.toContain("evil.example");
  });
});
