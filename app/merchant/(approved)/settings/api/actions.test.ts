import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashApiToken } = await import("@/lib/server/api/tokens");
const { hashPassword } = await import("@/lib/server/auth/password");
const { createTokenAction, revokeTokenAction } = await import("./actions");

const PASSWORD = "owner long passphrase";
const users: Record<string, string> = {};
let merchantId = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  users.owner = owner.id;
  merchantId = owner.membership!.merchantId;
  // A colleague of the same merchant, and the owner of another one.
  const member = await db.user.create({
    data: { email: "member@example.com", name: "成员", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: member.id, merchantId, role: "MEMBER" } });
  users.member = member.id;
  const other = await db.merchant.findFirstOrThrow({
    where: { id: { not: merchantId }, verificationStatus: "APPROVED", accountState: "ACTIVE" },
  });
  const otherOwner = await db.user.create({
    data: { email: "other-owner@example.com", name: "他人", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: otherOwner.id, merchantId: other.id, role: "OWNER" } });
  users.otherOwner = otherOwner.id;
  users.pending = (await db.user.findUniqueOrThrow({ where: { email: "pending@example.com" } })).id;
});
afterAll(() => db.$disconnect());

const as = (who: string | null) => {
  sessionStub.userId = who ? users[who] : null;
};
const nameForm = (name: string, currentPassword = PASSWORD) => {
  const f = new FormData();
  f.set("name", name);
  f.set("currentPassword", currentPassword);
  return f;
};
const revokeForm = (tokenId: string) => {
  const f = new FormData();
  f.set("tokenId", tokenId);
  return f;
};

describe("API token actions", () => {
  it("let only the owner create a token, shown once and stored as its SHA-256 hash", async () => {
    for (const who of ["member", "pending", null]) {
      as(who);
      expect(await createTokenAction({}, nameForm("ERP"))).toMatchObject({
        ok: false,
        message: "Only your company's administrator can manage API tokens.",
      });
    }
    expect(await db.apiToken.count()).toBe(0);

    as("owner");
    expect(await createTokenAction({}, nameForm("  "))).toEqual({
      ok: false,
      fieldErrors: { name: "This field is required." },
      values: { name: "  " },
    });
    const state = await createTokenAction({}, nameForm("Kingdee ERP"));
    expect(state).toMatchObject({ ok: true, message: 'Token "Kingdee ERP" created.' });
    expect(state.data?.token).toMatch(/^cbec_[A-Za-z0-9_-]{43}$/);
    const token = state.data!.token;
    const stored = await db.apiToken.findFirstOrThrow({ where: { merchantId } });
    expect(stored).toMatchObject({
      name: "Kingdee ERP",
      prefix: token.slice(0, 12),
      tokenHash: hashApiToken(token),
      createdById: users.owner,
    });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await db.auditLog.count({ where: { entityId: stored.id, action: "api_token.create" } })).toBe(1);
  });

  it("ask the owner's current password again: a wrong or missing one makes no token", async () => {
    as("owner");
    const before = await db.apiToken.count();
    expect(await createTokenAction({}, nameForm("ERP", "not the password"))).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "The current password is not correct." },
      values: { name: "ERP" },
    });
    expect(await createTokenAction({}, nameForm("ERP", ""))).toEqual({
      ok: false,
      fieldErrors: { currentPassword: "This field is required." },
      values: { name: "ERP" },
    });
    expect(await db.apiToken.count()).toBe(before);
  });

  it("let only the owner of the token's merchant revoke it", async () => {
    const token = await db.apiToken.findFirstOrThrow({ where: { merchantId } });
    as("member");
    expect(await revokeTokenAction({}, revokeForm(token.id))).toEqual({
      ok: false,
      message: "Only your company's administrator can manage API tokens.",
    });
    as("otherOwner");
    expect(await revokeTokenAction({}, revokeForm(token.id))).toEqual({
      ok: false,
      message: "This token does not exist or is already revoked.",
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();

    as("owner");
    expect(await revokeTokenAction({}, revokeForm(token.id))).toEqual({
      ok: true,
      message: 'Token "Kingdee ERP" revoked.',
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
    expect(await revokeTokenAction({}, revokeForm(token.id))).toMatchObject({ ok: false });
  });

  it("stop at ten live tokens", async () => {
    as("owner");
    for (let i = 0; i < 10; i++) expect((await createTokenAction({}, nameForm(`t${i}`))).ok).toBe(true);
    expect(await createTokenAction({}, nameForm("one too many"))).toMatchObject({
      ok: false,
      message: "You have the maximum of 10 active tokens; revoke one you no longer use first.",
    });
  });
});
