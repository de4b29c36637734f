import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirectTarget, sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashPassword } = await import("@/lib/server/auth/password");
const { issuePasswordToken } = await import("@/lib/server/auth/password-tokens");
const { authorizeSignIn } = await import("@/lib/server/auth/sign-in");
const { requirePageUser } = await import("@/lib/server/auth/guards");
const { formAction } = await import("@/lib/server/actions/form-action");
const { authorizeRoute } = await import("@/lib/server/actions/authorize-route");
const { signOutResponse } = await import("@/lib/server/account/sign-out");
const { changePassword } = await import("@/lib/server/account/change-password");
const { resetPassword } = await import("@/lib/server/account/reset-password");

const PASSWORD = "the demo passphrase";
const ids: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  vi.restoreAllMocks();
  sessionStub.userId = null;
});

/** What `run` writes to the log: every console line, and the security events among them, parsed. */
async function capture(run: () => Promise<unknown>) {
  const lines: string[] = [];
  for (const level of ["info", "warn", "error", "log"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
  }
  await run().catch((error: unknown) => {
    if (!redirectTarget(error)) throw error;
  });
  vi.restoreAllMocks();
  const events = lines
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.type === "security");
  return { text: lines.join("\n"), events };
}

const headers = (id: string, extra: Record<string, string> = {}) => new Headers({ "x-request-id": id, ...extra });
const noWait = { wait: async () => {} };

describe("security events in the log (OWASP ASVS 7.1.3, 7.2.1, 7.2.2)", () => {
  it("logs each sign-in success and failure as one JSON line with the account or a keyed hash of the email, never the password", async () => {
    const wrong = "not the right passphrase";
    const { text, events } = await capture(async () => {
      await authorizeSignIn(
        db,
        { email: " Merchant@Example.com", password: PASSWORD },
        headers("signin-ok-01"),
        noWait,
      );
      await authorizeSignIn(db, { email: "operator@example.com", password: wrong }, headers("signin-bad-02"), noWait);
      await authorizeSignIn(db, { email: "nobody@example.com", password: wrong }, headers("signin-bad-03"), noWait);
    });
    expect(events).toEqual([
      expect.objectContaining({
        level: "info",
        event: "signIn.success",
        userId: ids["merchant@example.com"],
        requestId: "signin-ok-01",
        ip: expect.any(String),
      }),
      expect.objectContaining({
        level: "warn",
        event: "signIn.failure",
        reason: "invalid",
        userId: ids["operator@example.com"],
        requestId: "signin-bad-02",
      }),
      expect.objectContaining({
        event: "signIn.failure",
        userId: null,
        emailHash: expect.stringMatching(/^[0-9a-f]{16}$/),
      }),
    ]);
    expect(events[1].emailHash).not.toBe(events[2].emailHash);
    for (const secret of [PASSWORD, wrong, "nobody@example.com"]) expect(text).not.toContain(secret);
  });

  it("logs refusals by formAction, authorizeRoute (session and API token) and the page guards, without form values or tokens", async () => {
    const action = formAction({
      access: "staff",
      schema: z.object({ note: z.string() }),
      run: async () => ({ ok: true }),
    });
    const form = new FormData();
    form.set("note", "a form value kept out of logs");
    const apiToken = `cbec_${"Q".repeat(43)}`;
    const { text, events } = await capture(async () => {
      await action({}, form);
      sessionStub.userId = ids["merchant@example.com"];
      await action({}, form);
      const route = await authorizeRoute(
        new Request("http://localhost/admin/export?token=secret-in-url", { headers: headers("route-refused-1") }),
        "staff",
      );
      expect(route.ok).toBe(false);
      const api = await authorizeRoute(
        new Request("http://localhost/api/v1/skus", {
          headers: headers("api-refused-01", { authorization: `Bearer ${apiToken}` }),
        }),
        "apiToken",
      );
      expect(api.ok).toBe(false);
      await requirePageUser(["STAFF"], "/admin");
    });
    expect(events).toEqual([
      expect.objectContaining({ event: "access.refused", reason: "unauthenticated", where: "action:staff" }),
      expect.objectContaining({ event: "access.refused", reason: "forbidden", where: "action:staff" }),
      expect.objectContaining({ reason: "forbidden", where: "route:staff", requestId: "route-refused-1" }),
      expect.objectContaining({ reason: "unauthenticated", where: "route:apiToken", requestId: "api-refused-01" }),
      expect.objectContaining({ reason: "forbidden", where: "page:STAFF", userId: ids["merchant@example.com"] }),
    ]);
    for (const secret of ["a form value kept out of logs", "secret-in-url", apiToken])
      expect(text).not.toContain(secret);
  });

  it("logs password changes and resets, the sessions they end, and sign-outs, without passwords or the link's token", async () => {
    const userId = ids["operator@example.com"];
    const changed = "a changed long passphrase";
    const { token } = await issuePasswordToken(db, ids["merchant@example.com"], "RESET");
    const { text, events } = await capture(async () => {
      const result = await changePassword(
        db,
        { userId },
        { currentPassword: PASSWORD, newPassword: changed, keepSessionId: null },
      );
      expect(result.ok).toBe(true);
      expect(await resetPassword(db, token, await hashPassword("a reset long passphrase"))).toMatchObject({ ok: true });
      sessionStub.userId = userId;
      await signOutResponse(
        db,
        new Request("http://localhost/auth/sign-out", { method: "POST", headers: headers("sign-out-id-1") }),
      );
    });
    expect(events).toEqual([
      expect.objectContaining({ event: "password.changed", userId }),
      expect.objectContaining({ event: "session.revoked", userId, cause: "password.changed" }),
      expect.objectContaining({ event: "password.reset", userId: ids["merchant@example.com"] }),
      expect.objectContaining({
        event: "session.revoked",
        userId: ids["merchant@example.com"],
        cause: "password.reset",
      }),
      expect.objectContaining({ event: "signOut", userId, requestId: "sign-out-id-1" }),
    ]);
    for (const secret of [PASSWORD, changed, "a reset long passphrase", token]) expect(text).not.toContain(secret);
  });
});
