import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpSink, decodedBody } from "@/lib/testing/smtp-sink";

// SMTP_URL is read once, so it is set before the mail module loads.
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

// The request the actions run in: its client address, and the host the link is built from.
const request = vi.hoisted(() => ({ address: "198.51.100.1" }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ host: "portal.test", "x-forwarded-proto": "https", "x-forwarded-for": request.address }),
}));
// Work scheduled with after() runs once the answer is sent; here it is collected and awaited.
const later = vi.hoisted(() => ({ tasks: [] as Promise<unknown>[] }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void later.tasks.push(Promise.resolve().then(task)),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashPassword, verifyPassword } = await import("@/lib/server/auth/password");
const { createSession } = await import("@/lib/server/auth/sessions");
const { issuePasswordToken } = await import("@/lib/server/auth/password-tokens");
const { requestResetAction } = await import("@/app/(public)/forgot-password/actions");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { resetPasswordAction } = await import("@/app/(public)/reset-password/[token]/actions");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

const OLD_PASSWORD = "the old long passphrase";
const NEW_PASSWORD = "a fresh long passphrase";
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(OLD_PASSWORD) });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  await db.user.update({ where: { email: "merchant@example.com" }, data: { locale: "en" } });
  await db.user.update({ where: { email: "operator@example.com" }, data: { locale: "zh-CN" } });
});
afterAll(async () => {
  await sink.close();
  await db.$disconnect();
});

let addressCounter = 10;
beforeEach(() => {
  // A new client address for each test, so the address limit is tested on its own.
  request.address = `198.51.100.${addressCounter++}`;
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** Asks for a reset link and waits for whatever mail it sends; returns the answer and the mails. */
async function askForReset(email: string) {
  await runQueuedJobs();
  const before = sink.received.length;
  const state = await requestResetAction({}, form({ email, formShownAt: shownSecondsAgo("passwordReset") }));
  await Promise.all(later.tasks.splice(0));
  await runQueuedJobs();
  return { state, mails: sink.received.slice(before) };
}

const linkIn = (raw: string) => {
  // The configured origin (this machine's port in tests), never the request's host.
  const match = /http:\/\/localhost:\d+\/reset-password\/([A-Za-z0-9_-]{43})/.exec(decodedBody(raw));
  if (!match) throw new Error("no reset link in the mail");
  return match[1];
};

const reset = (token: string, password = NEW_PASSWORD, confirmPassword = password) =>
  resetPasswordAction({}, form({ token, password, confirmPassword }));

const SENT = {
  ok: true,
  message:
    "If an account exists for that address, we sent a link to reset its password. Check your inbox (and spam folder); the link works for one hour.",
};
const DEAD = {
  ok: false,
  message: "The link is invalid, was already used, or has expired (reset links work for one hour). Ask for a new one.",
  data: { dead: true },
};

describe("asking for a reset link", () => {
  it("answers the same for a known and an unknown email; only the known one gets a mail", async () => {
    const known = await askForReset("Merchant@Example.com");
    const unknown = await askForReset("nobody@example.com");
    expect(known.state).toEqual(SENT);
    expect(unknown.state).toEqual(SENT);
    expect(unknown.mails).toHaveLength(0);
    expect(known.mails).toHaveLength(1);
    expect(known.mails[0].to).toEqual(["merchant@example.com"]);
    expect(known.mails[0].raw).toMatch(/Subject: Reset your portal password/);
    expect(decodedBody(known.mails[0].raw)).toContain("open this link within 60 minutes");
  });

  it("sends the mail in the account's language", async () => {
    const { mails } = await askForReset("operator@example.com");
    expect(mails).toHaveLength(1);
    expect(decodedBody(mails[0].raw)).toContain("请在 60 分钟内打开以下链接设置新密码");
  });

  it("stores only the token's hash, valid for one hour", async () => {
    const started = Date.now();
    const { mails } = await askForReset("merchant@example.com");
    const token = linkIn(mails[0].raw);
    expect(await db.passwordToken.count({ where: { tokenHash: token } })).toBe(0);
    const row = await db.passwordToken.findUniqueOrThrow({
      where: { tokenHash: createHash("sha256").update(token).digest("hex") },
    });
    expect(row).toMatchObject({ userId: ids["merchant@example.com"], purpose: "RESET", usedAt: null });
    const ttl = row.expiresAt.getTime() - started;
    expect(ttl).toBeGreaterThan(59 * 60 * 1000);
    expect(ttl).toBeLessThanOrEqual(60 * 60 * 1000 + 5000);
  });

  it("refuses a bad email with a field error and sends nothing", async () => {
    const { state, mails } = await askForReset("not an email");
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: "Enter a valid email address." } });
    expect(mails).toHaveLength(0);
  });

  it("is limited per client address, with the same answer for every email until then", async () => {
    for (let i = 0; i < 5; i++) expect((await askForReset(`someone${i}@example.com`)).state).toEqual(SENT);
    const limited = await askForReset("staff@example.com");
    expect(limited.state).toEqual({
      ok: false,
      message: "Too many requests from this network. Please wait a few minutes and try again.",
      values: { email: "staff@example.com", formShownAt: expect.any(String) },
    });
    expect(limited.mails).toHaveLength(0);
    request.address = "203.0.113.200";
    expect((await askForReset("staff@example.com")).mails).toHaveLength(1);
  });

  it("sends one account at most three mails an hour, whatever the address", async () => {
    const counts = [];
    for (let i = 0; i < 4; i++) {
      request.address = `203.0.113.${i + 1}`;
      counts.push((await askForReset("pending@example.com")).mails.length);
    }
    expect(counts).toEqual([1, 1, 1, 0]);
  });
});

describe("setting a password from a link", () => {
  it("sets the password once, ends every session, and the link is dead after", async () => {
    const userId = ids["merchant@example.com"];
    const { mails } = await askForReset("merchant@example.com");
    const token = linkIn(mails[0].raw);
    const sessions = [await createSession(db, userId), await createSession(db, userId)];
    expect(await reset(token)).toEqual({ ok: true, message: "Your password was saved. Sign in with it now." });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    const open = await db.session.count({ where: { id: { in: sessions }, revokedAt: null } });
    expect(open).toBe(0);
    expect(await db.auditLog.count({ where: { action: "account.password_reset", actorId: userId } })).toBe(1);
    // Single use: the same link again changes nothing.
    expect(await reset(token, "yet another passphrase")).toEqual(DEAD);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash,
    ).toBe(user.passwordHash);
  });

  it("tells the owner by mail that the password was reset; a new account's first set-up sends nothing", async () => {
    await db.user.create({
      data: { email: "notice@example.com", name: "Notice", role: "STAFF", passwordHash: "unusable", locale: "en" },
    });
    const { mails } = await askForReset("notice@example.com");
    await runQueuedJobs();
    const before = sink.received.length;
    expect(await reset(linkIn(mails[0].raw))).toMatchObject({ ok: true });
    await runQueuedJobs();
    const notices = sink.received.slice(before);
    expect(notices.map((m) => m.to)).toEqual([["notice@example.com"]]);
    const text = decodedBody(notices[0].raw);
    expect(text).toContain("was just reset with a link sent to this address");
    expect(text).not.toContain("/reset-password/");

    const staff = await db.user.create({
      data: { email: "first-staff@example.com", name: "First", role: "STAFF", passwordHash: "unusable" },
    });
    const { token } = await issuePasswordToken(db, staff.id, "SETUP");
    await runQueuedJobs();
    const afterSetup = sink.received.length;
    expect(await reset(token)).toMatchObject({ ok: true });
    await runQueuedJobs();
    expect(sink.received.length).toBe(afterSetup);
  });

  it("refuses a link older than an hour", async () => {
    const userId = ids["staff@example.com"];
    const { token } = await issuePasswordToken(db, userId, "RESET", new Date(Date.now() - 61 * 60 * 1000));
    const before = (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }))
      .passwordHash;
    expect(await reset(token)).toEqual(DEAD);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash,
    ).toBe(before);
  });

  it("refuses a made-up or malformed token", async () => {
    expect(await reset("A".repeat(43))).toEqual(DEAD);
    expect(await reset("../../etc")).toEqual(DEAD);
    expect(await reset("")).toEqual(DEAD);
  });

  it("keeps the link usable when the new password breaks the rules", async () => {
    const userId = ids["staff@example.com"];
    const { token } = await issuePasswordToken(db, userId, "RESET");
    expect((await reset(token, "short")).fieldErrors).toEqual({ password: "Use at least 12 characters." });
    expect((await reset(token, NEW_PASSWORD, "something else entirely")).fieldErrors).toEqual({
      confirmPassword: "The two passwords do not match.",
    });
    expect(await db.passwordToken.count({ where: { userId, usedAt: null } })).toBe(1);
    expect((await reset(token)).ok).toBe(true);
  });

  it("accepts a set-up link for a new staff account on the same page", async () => {
    const staff = await db.user.create({
      data: { email: "new.staff@example.com", name: "新同事", role: "STAFF", passwordHash: "!unusable" },
    });
    const { token } = await issuePasswordToken(db, staff.id, "SETUP");
    expect(await reset(token)).toEqual({ ok: true, message: "Your password was saved. Sign in with it now." });
    const user = await db.user.findUniqueOrThrow({ where: { id: staff.id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "account.password_setup", actorId: staff.id } })).toBe(1);
    expect(await reset(token)).toEqual(DEAD);
  });

  it("does not reopen a disabled account", async () => {
    const userId = ids["pending@example.com"];
    const { token } = await issuePasswordToken(db, userId, "RESET");
    await db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await reset(token)).toEqual(DEAD);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).disabled).toBe(true);
    await db.user.update({ where: { id: userId }, data: { disabled: false } });
  });
});
