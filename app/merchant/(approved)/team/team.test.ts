import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub, signInFresh } from "@/lib/testing/next-stubs";

// The request the actions run in: the host the invitation link is built from.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));
// Signing in needs a real request; the accept action's last step is checked through this stand-in.
const signIn = vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined);
vi.mock("@/lib/server/auth/auth", () => ({ signIn }));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { getSessionUser } = await import("@/lib/server/auth/guards");
const { hashInvitationToken } = await import("@/lib/server/team/tokens");
const { acceptInvitation, findInvitation } = await import("@/lib/server/team/accept-invitation");
const { inviteMember } = await import("@/lib/server/team/invite-member");
const { inviteMemberAction, removeMemberAction, revokeInvitationAction } =
  await import("@/app/merchant/(approved)/team/actions");
const { acceptInvitationAction } = await import("@/app/(public)/invite/[token]/actions");

const PASSWORD = "a long and unusual passphrase";
const ids: Record<string, string> = {};
let merchantId = "";
let ownerMembershipId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  const owner = await db.membership.findUniqueOrThrow({ where: { userId: ids["merchant@example.com"] } });
  merchantId = owner.merchantId;
  ownerMembershipId = owner.id;
});
afterAll(() => db.$disconnect());

const as = (who: string | null) => {
  sessionStub.userId = who ? (ids[who] ?? who) : null;
};

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function invite(email: string) {
  as("merchant@example.com");
  const state = await inviteMemberAction({}, form({ email }));
  expect(state.ok).toBe(true);
  const token = state.data!.link.split("/invite/")[1];
  return { state, token };
}

const accept = (token: string, fields: Partial<Record<"name" | "password" | "confirmPassword", string>> = {}) =>
  acceptInvitationAction(
    {},
    form({ token, name: "陈静", password: PASSWORD, confirmPassword: PASSWORD, privacyConsent: "on", ...fields }),
  );

/** What a refused action must leave as it was. */
const snapshot = async () => ({
  memberships: await db.membership.count({ where: { merchantId } }),
  invitations: await db.invitation.findMany({ where: { merchantId }, orderBy: { id: "asc" } }),
  disabled: await db.user.count({ where: { disabled: true } }),
  audit: await db.auditLog.count(),
});

describe("inviting a colleague", () => {
  it("gives the owner a one-time link and stores only the token's hash, valid for 72 hours", async () => {
    const before = Date.now();
    const { state, token } = await invite("Colleague.One@Example.com");
    // The configured origin (this machine's port in tests), never the request's host.
    expect(state.data?.link).toBe(`http://localhost:${process.env.PORT || 3000}/invite/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(state.message).toBe(
      "Invitation for colleague.one@example.com created. Copy the link now: it is shown only once.",
    );
    const stored = await db.invitation.findFirstOrThrow({ where: { merchantId, email: "colleague.one@example.com" } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.invitedById).toBe(ids["merchant@example.com"]);
    const ttl = stored.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(72 * 3600_000 - 1000);
    expect(ttl).toBeLessThanOrEqual(72 * 3600_000 + 5000);
    expect(await db.auditLog.count({ where: { action: "team.invite", entityId: stored.id } })).toBe(1);
  });

  it("refuses an email that already has an account, or a live invitation, with a field error", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    expect((await inviteMemberAction({}, form({ email: "STAFF@example.com" }))).fieldErrors?.email).toBe(
      "This email already belongs to a portal account.",
    );
    expect((await inviteMemberAction({}, form({ email: "colleague.one@example.com" }))).fieldErrors?.email).toBe(
      "This email already has a pending invitation. Revoke it first to create a new link.",
    );
    expect((await inviteMemberAction({}, form({ email: "not-an-email" }))).fieldErrors?.email).toBe(
      "Enter a valid email address.",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("is refused to visitors and users of other areas, and changes nothing", async () => {
    const before = await snapshot();
    for (const who of [null, "staff@example.com", "operator@example.com", "pending@example.com"]) {
      as(who);
      const state = await inviteMemberAction({}, form({ email: "someone@example.com" }));
      expect(state).toMatchObject({ ok: false, message: "Only your company's owner can manage the team." });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  let token = "";
  beforeAll(async () => {
    ({ token } = await invite("colleague.two@example.com"));
  });

  it("shows the company and the invited email", async () => {
    const found = await findInvitation(db, token);
    expect(found).toMatchObject({
      ok: true,
      invitation: {
        email: "colleague.two@example.com",
        merchant: { nameZh: "重庆西永云联电子科技有限公司" },
        existing: false,
      },
    });
  });

  it("refuses passwords that differ or are common, and creates nothing", async () => {
    const before = await snapshot();
    const mismatch = await accept(token, { confirmPassword: `${PASSWORD}!` });
    expect(mismatch.fieldErrors?.confirmPassword).toBe("The two passwords do not match.");
    expect(mismatch.values?.name).toBe("陈静");
    const common = await accept(token, { password: "qwerty123456", confirmPassword: "qwerty123456" });
    expect(common.fieldErrors?.password).toBe("This password is too common. Choose another one.");
    const blank = await accept(token, { name: "  " });
    expect(blank.fieldErrors?.name).toBe("This field is required.");
    expect(await snapshot()).toEqual(before);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("creates a member account once, tells the owner and signs the colleague in", async () => {
    const state = await accept(token);
    expect(state).toEqual({});
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: "colleague.two@example.com",
      password: PASSWORD,
      redirectTo: "/merchant",
    });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "colleague.two@example.com" },
      include: { membership: true },
    });
    expect(user).toMatchObject({ name: "陈静", role: "MERCHANT", disabled: false });
    expect(user.membership).toMatchObject({ merchantId, role: "MEMBER" });
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$sha256\$\$2[aby]\$/);
    const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) } });
    expect(inv.acceptedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "team.join", actorId: user.id } })).toBe(1);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: ids["merchant@example.com"], kind: "member_joined" },
    });
    expect(JSON.parse(note.params)).toEqual({ name: "陈静", email: "colleague.two@example.com" });
    ids.member = user.id;
  });

  it("refuses the same link a second time", async () => {
    signIn.mockClear();
    const users = await db.user.count();
    const state = await accept(token, { name: "Someone else" });
    expect(state.data?.problem).toBe("used");
    expect(state.message).toBe("Each invitation link works only once. If you created your account with it, sign in.");
    expect(await db.user.count()).toBe(users);
    expect(signIn).not.toHaveBeenCalled();
    // Two submissions racing: only one claim can succeed.
    const hash = await db.user.findFirstOrThrow({ select: { passwordHash: true } });
    expect(await acceptInvitation(db, token, { name: "x", passwordHash: hash.passwordHash })).toEqual({
      ok: false,
      reason: "used",
    });
  });

  it("refuses an expired link", async () => {
    const { token: late } = await invite("colleague.late@example.com");
    await db.invitation.update({
      where: { tokenHash: hashInvitationToken(late) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findInvitation(db, late)).toEqual({ ok: false, reason: "expired" });
    expect((await accept(late)).data?.problem).toBe("expired");
    expect(await db.user.count({ where: { email: "colleague.late@example.com" } })).toBe(0);
  });

  it("refuses a revoked link", async () => {
    const { token: withdrawn } = await invite("colleague.revoked@example.com");
    const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(withdrawn) } });
    as("merchant@example.com");
    expect(await revokeInvitationAction({}, form({ invitationId: inv.id }))).toEqual({
      ok: true,
      message: "The invitation for colleague.revoked@example.com was revoked.",
    });
    expect(await db.auditLog.count({ where: { action: "team.revoke", entityId: inv.id } })).toBe(1);
    expect((await accept(withdrawn)).data?.problem).toBe("revoked");
    expect(await db.user.count({ where: { email: "colleague.revoked@example.com" } })).toBe(0);
  });

  it("refuses an unknown or malformed link without an error", async () => {
    expect(await findInvitation(db, "nonsense")).toEqual({ ok: false, reason: "invalid" });
    expect(await findInvitation(db, "A".repeat(43))).toEqual({ ok: false, reason: "invalid" });
    expect((await accept("A".repeat(43))).data?.problem).toBe("invalid");
  });

  it("refuses a link whose email got an account meanwhile, and leaves the link usable", async () => {
    const { token: raced } = await invite("colleague.race@example.com");
    await db.user.create({
      data: { email: "colleague.race@example.com", name: "Race", passwordHash: "x", role: "MERCHANT" },
    });
    expect(await accept(raced)).toMatchObject({
      message: expect.stringContaining("already belongs to a portal account"),
    });
    const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(raced) } });
    expect(inv.acceptedAt).toBeNull();
  });
});

describe("managing the team", () => {
  it("does not let a member invite, remove or revoke, and changes nothing", async () => {
    const live = await db.invitation.findFirstOrThrow({
      where: { merchantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    });
    const before = await snapshot();
    as("member");
    expect(await inviteMemberAction({}, form({ email: "new.one@example.com" }))).toMatchObject({
      ok: false,
      message: "Only your company's owner can manage the team.",
    });
    expect(await removeMemberAction({}, form({ membershipId: ownerMembershipId }))).toEqual({
      ok: false,
      message: "Only your company's owner can manage the team.",
    });
    expect(await revokeInvitationAction({}, form({ invitationId: live.id }))).toEqual({
      ok: false,
      message: "Only your company's owner can manage the team.",
    });
    // The use case checks the owner role itself, whoever calls it.
    expect(
      await inviteMember(db, { userId: ids.member, merchantId }, "new.two@example.com", {
        origin: "https://x",
        locale: "en",
      }),
    ).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("does not let the owner of another merchant touch this team", async () => {
    const other = await db.merchant.findFirstOrThrow({
      where: {
        id: { not: merchantId },
        verificationStatus: "APPROVED",
        accountState: "ACTIVE",
        memberships: { none: {} },
      },
    });
    const outsider = await db.user.create({
      data: {
        email: "other.owner@example.com",
        name: "Other",
        passwordHash: "x",
        role: "MERCHANT",
        membership: { create: { merchantId: other.id, role: "OWNER" } },
      },
    });
    ids.outsider = outsider.id;
    const memberMembership = await db.membership.findUniqueOrThrow({ where: { userId: ids.member } });
    const live = await db.invitation.findFirstOrThrow({ where: { merchantId, acceptedAt: null, revokedAt: null } });
    const before = await snapshot();
    as("outsider");
    expect(await removeMemberAction({}, form({ membershipId: memberMembership.id }))).toEqual({
      ok: false,
      message: "That member or invitation no longer exists. Reload the page.",
    });
    expect(await revokeInvitationAction({}, form({ invitationId: live.id }))).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it("does not let the owner remove itself", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    expect(await removeMemberAction({}, form({ membershipId: ownerMembershipId }))).toEqual({
      ok: false,
      message: "The owner cannot be removed from the team.",
    });
    expect(await snapshot()).toEqual(before);
    expect((await getSessionUser())?.membershipRole).toBe("OWNER");
  });

  it("removes a member: the membership goes, the account is disabled and its session ends", async () => {
    const membership = await db.membership.findUniqueOrThrow({ where: { userId: ids.member } });
    as("member");
    expect(await getSessionUser()).not.toBeNull();
    as("merchant@example.com");
    expect(await removeMemberAction({}, form({ membershipId: membership.id }))).toEqual({
      ok: true,
      message: "陈静 was removed from the team.",
    });
    expect(await db.membership.count({ where: { id: membership.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.member } })).disabled).toBe(true);
    expect(
      await db.auditLog.count({
        where: { action: "team.remove", entityId: ids.member, actorId: ids["merchant@example.com"] },
      }),
    ).toBe(1);
    as("member");
    expect(await getSessionUser()).toBeNull();
    as("merchant@example.com");
    expect(await removeMemberAction({}, form({ membershipId: membership.id }))).toMatchObject({ ok: false });
  });

  it("invites a removed member back: their own password only, the old sessions stay ended", async () => {
    // The session the member had before the removal (revoked by it).
    const oldSession = (await db.session.findFirstOrThrow({ where: { userId: ids.member } })).id;
    const removed = await db.user.findUniqueOrThrow({ where: { id: ids.member }, select: { passwordHash: true } });
    const { token: again } = await invite("colleague.two@example.com");
    expect(await findInvitation(db, again)).toMatchObject({ ok: true, invitation: { existing: true } });
    // The owner holds the link: a new password for the account is refused, and the link stays usable.
    const { hashPassword } = await import("@/lib/server/auth/password");
    expect(
      await acceptInvitation(db, again, {
        name: "陈静（返岗）",
        passwordHash: await hashPassword("another long passphrase here"),
      }),
    ).toEqual({ ok: false, reason: "emailTaken" });
    expect(await acceptInvitation(db, again, { currentPassword: "another long passphrase here" })).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    const result = await acceptInvitation(db, again, { currentPassword: PASSWORD });
    expect(result).toMatchObject({ ok: true, userId: ids.member, merchantId });

    const back = await db.user.findUniqueOrThrow({
      where: { id: ids.member },
      select: {
        name: true,
        disabled: true,
        passwordHash: true,
        membership: { select: { merchantId: true, role: true } },
      },
    });
    expect(back).toMatchObject({
      name: "陈静",
      disabled: false,
      passwordHash: removed.passwordHash,
      membership: { merchantId, role: "MEMBER" },
    });
    expect(await db.auditLog.count({ where: { action: "team.rejoin", actorId: ids.member } })).toBe(1);
    // A session from before the removal stays ended; signing in again opens a new one.
    sessionStub.userId = ids.member;
    sessionStub.sessionId = oldSession;
    try {
      expect(await getSessionUser()).toBeNull();
      sessionStub.sessionId = await signInFresh(ids.member);
      expect((await getSessionUser())?.membershipRole).toBe("MEMBER");
    } finally {
      sessionStub.sessionId = undefined;
    }
  });

  it("still refuses an email whose account is active, or in another team", async () => {
    as("merchant@example.com");
    const before = await snapshot();
    // Now back in the team, and the pending merchant's owner: neither is a removed account.
    for (const email of ["colleague.two@example.com", "pending@example.com"]) {
      expect(await inviteMemberAction({}, form({ email }))).toMatchObject({
        ok: false,
        fieldErrors: { email: expect.any(String) },
      });
    }
    expect(await snapshot()).toEqual(before);
  });
});
