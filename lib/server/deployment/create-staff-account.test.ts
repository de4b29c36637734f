import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { verifyPassword } from "@/lib/server/auth/password";
import { findPasswordToken } from "@/lib/server/auth/password-tokens";
import { createStaffAccount, setupLink } from "./create-staff-account";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("createStaffAccount (npm run db:create-staff)", () => {
  it("creates a staff user with no usable password and an open SETUP token", async () => {
    const result = await createStaffAccount(db, { email: " Wang.Min@Commerce.CQ.gov.cn " });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: "wang.min@commerce.cq.gov.cn", name: "wang.min", role: "STAFF", parkId: null });
    expect(user.disabled).toBe(false);
    // No password anyone knows signs in: not an empty one, not the demo one, not the address.
    for (const password of ["", "cbec-demo-2025", "wang.min@commerce.cq.gov.cn", user.passwordHash]) {
      expect(await verifyPassword(password, user.passwordHash)).toBe(false);
    }
    const open = await findPasswordToken(db, result.token);
    expect(open).toMatchObject({ userId: user.id, purpose: "SETUP" });
    expect(result.expiresAt.getTime()).toBeGreaterThan(Date.now() + 24 * 60 * 60 * 1000);
    expect(await db.passwordToken.count({ where: { userId: user.id } })).toBe(1);
    // Only the hash is stored.
    expect(await db.passwordToken.count({ where: { tokenHash: result.token } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "user.create_staff" } })).toBe(1);
  });

  it("takes a name when given one", async () => {
    const result = await createStaffAccount(db, { email: "liu.yang@commerce.cq.gov.cn", name: " 刘洋 " });
    expect(result.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email: "liu.yang@commerce.cq.gov.cn" } })).name).toBe("刘洋");
  });

  it("refuses an address that already has an account, whatever its case, and changes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { email: "wang.min@commerce.cq.gov.cn" } });
    const tokens = await db.passwordToken.count();
    const result = await createStaffAccount(db, { email: "WANG.MIN@commerce.cq.gov.cn" });
    expect(result).toEqual({ ok: false, reason: "exists", email: "wang.min@commerce.cq.gov.cn" });
    expect(await db.user.findUniqueOrThrow({ where: { email: before.email } })).toEqual(before);
    expect(await db.passwordToken.count()).toBe(tokens);
  });

  it("refuses a malformed address or name and creates nothing", async () => {
    const users = await db.user.count();
    for (const input of [{ email: "not-an-email" }, { email: "" }, { email: 42 }]) {
      expect(await createStaffAccount(db, input)).toEqual({ ok: false, reason: "invalid", field: "email" });
    }
    const badName = await createStaffAccount(db, { email: "a@b.cn", name: "x\u0000" });
    expect(badName).toEqual({ ok: false, reason: "invalid", field: "name" });
    expect(await db.user.count()).toBe(users);
  });

  it("links to the set-password page on the public origin, or on this machine's port", () => {
    expect(
      setupLink("tok", { AUTH_URL: "https://portal.cbec.cq.gov.cn/api/auth", PUBLIC_ORIGINS: [], PORT: 3000 }),
    ).toBe("https://portal.cbec.cq.gov.cn/reset-password/tok");
    expect(setupLink("tok", { PUBLIC_ORIGINS: [], PORT: 8080 })).toBe("http://localhost:8080/reset-password/tok");
  });
});
