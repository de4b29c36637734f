import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub, signInFresh } from "@/lib/testing/next-stubs";

// SMTP_URL is read once, so it is set before the mail module loads.
const { startSmtpSink, decodedBody } = await import("@/lib/testing/smtp-sink");
const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { getSessionUser } = await import("@/lib/server/auth/guards");
const { hashPassword, verifyPassword } = await import("@/lib/server/auth/password");
const { createSession, SESSION_TTL_MS } = await import("@/lib/server/auth/sessions");
const { reviewMerchant } = await import("@/lib/server/merchants/review-merchant");
const { POST: signOutRoute } = await import("@/app/auth/sign-out/route");
const { POST: signOutEverywhereRoute } = await import("@/app/auth/sign-out-everywhere/route");
const { changePasswordAction, endSessionAction } = await import("@/app/(public)/account/actions");
const { listUserSessions } = await import("@/lib/server/account/device-sessions");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");

const PASSWORD = "current long passphrase";
const NEW_PASSWORD = "a brand new passphrase";
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
});
afterAll(async () => {
  sessionStub.sessionId = undefined;
  await sink.close();
  await db.$disconnect();
});

/** Plays the request of one session in particular. */
const withSession = (userId: string, sessionId: string | null) => {
  sessionStub.userId = userId;
  sessionStub.sessionId = sessionId;
};
const signedOut = () => {
  sessionStub.userId = null;
  sessionStub.sessionId = undefined;
};

const form = (fields: Record<string, string> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const isOpen = async (sessionId: string) =>
  (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt === null;

describe("server-side sessions", () => {
  it("signing out revokes the session: its claims are refused from then on", async () => {
    const userId = ids["staff@example.com"];
    const sid = await signInFresh(userId);
    const other = await createSession(db, userId);
    withSession(userId, sid);
    expect((await getSessionUser())?.email).toBe("staff@example.com");
    const response = await signOutRoute(new Request("http://localhost/auth/sign-out", { method: "POST" }));
    expect(response.headers.get("location")).toBe("/login");
    // A copy of the old cookie carries the same claims: refused.
    expect(await getSessionUser()).toBeNull();
    expect(await isOpen(sid)).toBe(false);
    // Signing out ends this session only.
    withSession(userId, other);
    expect((await getSessionUser())?.email).toBe("staff@example.com");
  });

  it("refuses an expired session, one of another user, and a token without a session id", async () => {
    const userId = ids["operator@example.com"];
    const old = await createSession(db, userId, new Date(Date.now() - SESSION_TTL_MS - 1000));
    withSession(userId, old);
    expect(await getSessionUser()).toBeNull();
    const staffSession = await createSession(db, ids["staff@example.com"]);
    withSession(userId, staffSession);
    expect(await getSessionUser()).toBeNull();
    withSession(userId, null);
    expect(await getSessionUser()).toBeNull();
    withSession(userId, "not-a-session-id");
    expect(await getSessionUser()).toBeNull();
  });

  it("suspending a merchant ends its members' sessions", async () => {
    const userId = ids["merchant@example.com"];
    const sid = await createSession(db, userId);
    withSession(userId, sid);
    const merchantId = (await getSessionUser())!.merchant!.id;
    const staff = { userId: ids["staff@example.com"], role: "STAFF" as const, parkId: null };
    expect((await reviewMerchant(db, staff, merchantId, "suspend", "逾期未申报")).ok).toBe(true);
    expect(await getSessionUser()).toBeNull();
    expect((await reviewMerchant(db, staff, merchantId, "reinstate", "")).ok).toBe(true);
    // Reinstatement reopens the company, not the old sessions: its members sign in again.
    expect(await getSessionUser()).toBeNull();
    withSession(userId, await createSession(db, userId));
    expect((await getSessionUser())?.merchant?.accountState).toBe("ACTIVE");
  });
});

describe("sign out of all devices", () => {
  const everywhere = (headers: Record<string, string> = {}) =>
    signOutEverywhereRoute(new Request("http://localhost/auth/sign-out-everywhere", { method: "POST", headers }));

  it("revokes every session of the user, the current one included, and no one else's; the browser forgets the site", async () => {
    const userId = ids["operator@example.com"];
    const here = await createSession(db, userId);
    const phone = await createSession(db, userId);
    const someoneElse = await createSession(db, ids["staff@example.com"]);
    withSession(userId, here);
    const response = await everywhere();
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login");
    expect(response.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
    for (const sid of [here, phone]) {
      withSession(userId, sid);
      expect(await getSessionUser()).toBeNull();
    }
    expect(await isOpen(someoneElse)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "account.sign_out_everywhere", actorId: userId } })).toBe(1);
  });

  it("does nothing for a visitor without a session, nor for the copied cookie of a session that has ended", async () => {
    const userId = ids["pending@example.com"];
    const open = await createSession(db, userId);
    signedOut();
    expect((await everywhere()).status).toBe(303);
    expect(await isOpen(open)).toBe(true);
    // The claims of an ended session still name the user: they end nothing.
    const ended = await createSession(db, userId);
    await db.session.update({ where: { id: ended }, data: { revokedAt: new Date() } });
    withSession(userId, ended);
    expect((await everywhere()).status).toBe(303);
    expect(await isOpen(open)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "account.sign_out_everywhere", actorId: userId } })).toBe(0);
  });

  it("refuses another site's form and ends nothing", async () => {
    const userId = ids["operator@example.com"];
    const sid = await createSession(db, userId);
    withSession(userId, sid);
    const response = await everywhere({ origin: "https://evil.test", "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    expect(response.headers.get("clear-site-data")).toBeNull();
    expect(await isOpen(sid)).toBe(true);
  });
});

describe("change password", () => {
  const change = (fields: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>>) =>
    changePasswordAction(
      {},
      form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...fields }),
    );
  const hashOf = async (userId: string) =>
    (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;

  it("needs the current password, and changes nothing without it", async () => {
    const userId = ids["pending@example.com"];
    const here = await createSession(db, userId);
    const laptop = await createSession(db, userId);
    withSession(userId, here);
    const before = await hashOf(userId);
    for (const currentPassword of ["not my password", ""]) {
      const state = await change({ currentPassword });
      expect(state.ok).toBe(false);
      expect(state.fieldErrors?.currentPassword).toBe(
        currentPassword ? "The current password is not correct." : "This field is required.",
      );
      expect(state).not.toHaveProperty("values");
    }
    expect(await hashOf(userId)).toBe(before);
    expect(await isOpen(laptop)).toBe(true);
  });

  it("applies the registration rules to the new password", async () => {
    const userId = ids["pending@example.com"];
    withSession(userId, await createSession(db, userId));
    const before = await hashOf(userId);
    expect((await change({ newPassword: "short", confirmPassword: "short" })).fieldErrors).toEqual({
      newPassword: "Use at least 12 characters.",
    });
    expect((await change({ newPassword: "qwerty123456", confirmPassword: "qwerty123456" })).fieldErrors).toEqual({
      newPassword: "This password is too common. Choose another one.",
    });
    expect((await change({ confirmPassword: "something else entirely" })).fieldErrors).toEqual({
      confirmPassword: "The two new passwords do not match.",
    });
    expect(await hashOf(userId)).toBe(before);
  });

  it("sets the new password and ends every other session; this one stays signed in", async () => {
    const userId = ids["pending@example.com"];
    const here = await createSession(db, userId);
    const laptop = await createSession(db, userId);
    withSession(userId, here);
    expect(await change({})).toEqual({
      ok: true,
      message: "Your password was changed. Other devices were signed out.",
    });
    expect(await verifyPassword(NEW_PASSWORD, await hashOf(userId))).toBe(true);
    expect((await getSessionUser())?.email).toBe("pending@example.com");
    withSession(userId, laptop);
    expect(await getSessionUser()).toBeNull();
    expect(await db.auditLog.count({ where: { action: "account.password_change", actorId: userId } })).toBe(1);
  });

  it("tells the owner by mail that the password was changed, and sends nothing when the change is refused", async () => {
    const userId = ids["operator@example.com"];
    withSession(userId, await createSession(db, userId));
    await runQueuedJobs();
    const before = sink.received.length;
    expect(await change({ currentPassword: "not the password" })).toMatchObject({ ok: false });
    await runQueuedJobs();
    expect(sink.received.length).toBe(before);
    expect(await change({})).toMatchObject({ ok: true });
    await runQueuedJobs();
    const mails = sink.received.slice(before);
    expect(mails.map((m) => m.to)).toEqual([["operator@example.com"]]);
    const text = decodedBody(mails[0].raw);
    expect(text).toContain("密码刚刚在账户页面被更改");
    expect(text).not.toContain(NEW_PASSWORD);
  });

  it("refuses a visitor without a session", async () => {
    signedOut();
    expect(await change({})).toEqual({ ok: false, message: "Sign in to manage your account." });
  });
});

describe("the sessions list on /account (ASVS 3.3.4)", () => {
  it("lists only the user's own open sessions", async () => {
    const userId = ids["operator@example.com"];
    const mine = [await createSession(db, userId), await createSession(db, userId)];
    const ended = await createSession(db, userId);
    await db.session.update({ where: { id: ended }, data: { revokedAt: new Date() } });
    const someoneElses = await createSession(db, ids["merchant@example.com"]);
    const listed = (await listUserSessions(db, { userId })).map((s) => s.id);
    expect(listed).toEqual(expect.arrayContaining(mine));
    expect(listed).not.toContain(ended);
    expect(listed).not.toContain(someoneElses);
    const rows = await db.session.findMany({ where: { id: { in: listed } }, select: { userId: true } });
    expect(rows.every((r) => r.userId === userId)).toBe(true);
  });

  it("ends the one session chosen, and only it", async () => {
    const userId = ids["operator@example.com"];
    const here = await signInFresh(userId);
    const there = await createSession(db, userId);
    const third = await createSession(db, userId);
    withSession(userId, here);
    expect(await endSessionAction({}, form({ sessionId: there }))).toEqual({
      ok: true,
      message: "That session was signed out.",
    });
    expect(await isOpen(there)).toBe(false);
    expect(await isOpen(here)).toBe(true);
    expect(await isOpen(third)).toBe(true);
  });

  it("finds nothing and changes nothing with another user's session id", async () => {
    const victim = await createSession(db, ids["merchant@example.com"]);
    const userId = ids["operator@example.com"];
    withSession(userId, await signInFresh(userId));
    expect(await endSessionAction({}, form({ sessionId: victim }))).toEqual({
      ok: false,
      message: "That session is already signed out.",
    });
    expect(await endSessionAction({}, form({ sessionId: "not an id" }))).toMatchObject({ ok: false });
    expect(await isOpen(victim)).toBe(true);
  });
});
