import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

// The request the actions run in: the host the invitation link is built from.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));
// Signing in needs a real request; the accept action's last step is checked through this stand-in.
const signIn = vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined);
vi.mock("@/lib/server/auth/auth", () => ({ signIn }));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashInvitationToken } = await import("@/lib/server/team/tokens");
const { acceptInvitation, findInvitation, REJOIN_ATTEMPTS } = await import("@/lib/server/team/accept-invitation");
const { createNotifications } = await import("@/lib/server/notifications/notify");
const { countUnread, listNotifications } = await import("@/lib/server/notifications/inbox");
const { hashPassword } = await import("@/lib/server/auth/password");
const { inviteMemberAction, removeMemberAction } = await import("@/app/merchant/(approved)/team/actions");
const { acceptInvitationAction } = await import("@/app/(public)/invite/[token]/actions");

// A company's owner invites a colleague that another company removed: the
// inviting owner holds the link, and must not be able to take the account.
const OWN_PASSWORD = "the colleague's own long passphrase";
const TAKEOVER = "the new owner's chosen passphrase";
const EMAIL = "returning@example.com";
const ids: Record<string, string> = {};
let companyA = "";
let companyB = "";
let token = "";

const as = (who: string | null) => {
  sessionStub.userId = who ? (ids[who] ?? who) : null;
};

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function invite(owner: string, email: string) {
  as(owner);
  const state = await inviteMemberAction({}, form({ email }));
  expect(state.ok).toBe(true);
  return state.data!.link.split("/invite/")[1];
}

const account = () =>
  db.user.findUniqueOrThrow({
    where: { email: EMAIL },
    select: { id: true, name: true, passwordHash: true, disabled: true, membership: true },
  });

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  ids.ownerA = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
  ids.staff = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
  companyA = (await db.membership.findUniqueOrThrow({ where: { userId: ids.ownerA } })).merchantId;
  const b = await db.merchant.findFirstOrThrow({
    where: { id: { not: companyA }, verificationStatus: "APPROVED", accountState: "ACTIVE", memberships: { none: {} } },
  });
  companyB = b.id;
  ids.ownerB = (
    await db.user.create({
      data: {
        email: "owner.b@example.com",
        name: "乙公司负责人",
        passwordHash: await hashPassword("owner b passphrase here"),
        role: "MERCHANT",
        membership: { create: { merchantId: companyB, role: "OWNER" } },
      },
    })
  ).id;

  // The colleague joins company A with a password of their own.
  const first = await invite("ownerA", EMAIL);
  expect(
    await acceptInvitationAction(
      {},
      form({ token: first, privacyConsent: "on", name: "刘洋", password: OWN_PASSWORD, confirmPassword: OWN_PASSWORD }),
    ),
  ).toEqual({});
  ids.colleague = (await account()).id;

  // Their inbox while at A: a personal notice, A's confidential suspension
  // notice, and one of A's written before notices carried their company.
  await createNotifications(db, [
    { userId: ids.colleague, kind: "welcome" },
    {
      userId: ids.colleague,
      merchantId: companyA,
      kind: "merchant_suspend",
      params: { company: "甲公司", reason: "confidential: customs investigation" },
    },
  ]);
  await db.notification.create({
    data: {
      userId: ids.colleague,
      kind: "merchant_suspend",
      params: JSON.stringify({ company: "甲公司", reason: "older confidential notice" }),
    },
  });
  expect((await listNotifications(ids.colleague, 1)).items).toHaveLength(3);
  expect(await countUnread(ids.colleague)).toBe(3);

  // A removes them; B's owner invites the same email.
  const membership = await db.membership.findUniqueOrThrow({ where: { userId: ids.colleague } });
  as("ownerA");
  expect((await removeMemberAction({}, form({ membershipId: membership.id }))).ok).toBe(true);
  token = await invite("ownerB", EMAIL);
});
afterAll(() => db.$disconnect());

describe("an invitation for an account that exists", () => {
  it("is shown as one that needs the account's own password", async () => {
    expect(await findInvitation(db, token)).toMatchObject({ ok: true, invitation: { email: EMAIL, existing: true } });
  });

  it("never sets or replaces the account's password, whoever holds the link", async () => {
    const before = await account();
    // The inviting owner fills the link's form with a password of their choosing.
    as(null);
    signIn.mockClear();
    const state = await acceptInvitationAction(
      {},
      form({ token, privacyConsent: "on", name: "Taken over", password: TAKEOVER, confirmPassword: TAKEOVER }),
    );
    expect(state.fieldErrors?.password).toBe("That is not this account's password. If you forgot it, reset it first.");
    // The use case refuses a new password for an existing account outright.
    expect(
      await acceptInvitation(db, token, { name: "Taken over", passwordHash: await hashPassword(TAKEOVER) }),
    ).toEqual({ ok: false, reason: "emailTaken" });
    expect(await account()).toEqual(before);
    expect(before).toMatchObject({ disabled: true, membership: null });
    const inv = await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) } });
    expect(inv.acceptedAt).toBeNull();
    expect(signIn).not.toHaveBeenCalled();
  });

  it("stops trying after a few wrong passwords, even the right one", async () => {
    await db.rateLimitBucket.deleteMany();
    for (let i = 1; i <= REJOIN_ATTEMPTS.limit; i++) {
      expect(
        (await acceptInvitationAction({}, form({ token, privacyConsent: "on", password: `guess number ${i}` })))
          .fieldErrors,
      ).toEqual({
        password: expect.any(String),
      });
    }
    const state = await acceptInvitationAction({}, form({ token, privacyConsent: "on", password: OWN_PASSWORD }));
    expect(state).toMatchObject({
      ok: false,
      message: "Too many wrong passwords for this account. Wait 15 minutes, or reset your password.",
    });
    expect((await account()).membership).toBeNull();
    await db.rateLimitBucket.deleteMany();
  });

  it("lets the colleague back with their own password: same name and password, earlier sessions ended", async () => {
    const before = await account();
    const stale = await db.session.create({
      data: { userId: ids.colleague, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    signIn.mockClear();
    as(null);
    expect(await acceptInvitationAction({}, form({ token, privacyConsent: "on", password: OWN_PASSWORD }))).toEqual({});
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: EMAIL,
      password: OWN_PASSWORD,
      redirectTo: "/merchant",
    });
    const back = await account();
    expect(back).toMatchObject({
      name: "刘洋",
      passwordHash: before.passwordHash,
      disabled: false,
      membership: { merchantId: companyB, role: "MEMBER" },
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: stale.id } })).revokedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "team.rejoin", actorId: ids.colleague } })).toBe(1);
    const joined = await db.notification.findFirstOrThrow({ where: { userId: ids.ownerB, kind: "member_joined" } });
    expect(joined.merchantId).toBe(companyB);
  });

  it("shows nothing of the old company in the new one's inbox, counts included", async () => {
    const { items, total } = await listNotifications(ids.colleague, 1);
    expect(items.map((n) => n.kind)).toEqual(["welcome"]);
    expect(total).toBe(1);
    expect(items.map((n) => n.params).join()).not.toContain("confidential");
    expect(await countUnread(ids.colleague)).toBe(1);
    // B's own notices do show.
    await createNotifications(db, [
      { userId: ids.colleague, merchantId: companyB, kind: "merchant_reinstate", params: { company: "乙公司" } },
    ]);
    expect(await countUnread(ids.colleague)).toBe(2);
  });
});
