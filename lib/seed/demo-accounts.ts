// The four demo accounts (staff, a park operator, an approved merchant's owner
// and a pending merchant's), their memberships and welcome notifications.
import type { Prisma, Role } from "@/lib/generated/sqlite/client";
import { cst } from "./dates";

export const DEMO_PASSWORD = "cbec-demo-2025";

/**
 * The TOTP key (base32) of the demo staff and operator accounts, who must
 * sign in with a code like every /admin user. Published like the password,
 * in the README and the demo's sign-in help, and used by the e2e sign-in.
 */
export const DEMO_TOTP_SECRET = "CBECDEMOSTAFFTOTPKEYQQJBSWY3DPEH";

/**
 * The staff and operator rows with TOTP on under the demo key, encrypted
 * with this server's AUTH_SECRET. Without one (a bare `npm run db:seed`),
 * they are left without, and are sent to enrolment at their first sign-in.
 */
export function withDemoSecondFactor(
  users: Prisma.UserCreateManyInput[],
  encrypt: ((base32: string, userId: string) => string) | null,
): Prisma.UserCreateManyInput[] {
  if (!encrypt) return users;
  return users.map((u) =>
    u.role === "STAFF" || u.role === "PARK_OPERATOR"
      ? { ...u, totpSecretEncrypted: encrypt(DEMO_TOTP_SECRET, u.id!), totpEnabledAt: u.createdAt }
      : u,
  );
}

export type DemoAccount = { email: string; role: Role; homePath: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = Object.freeze([
  { email: "staff@example.com", role: "STAFF", homePath: "/admin" },
  { email: "operator@example.com", role: "PARK_OPERATOR", homePath: "/admin" },
  { email: "merchant@example.com", role: "MERCHANT", homePath: "/merchant" },
  { email: "pending@example.com", role: "MERCHANT", homePath: "/merchant/status" },
] satisfies DemoAccount[]);

/**
 * The users behind the demo accounts: the operator works for the Xiyong park,
 * the two merchant accounts own the first two merchants.
 */
export function buildAccounts(
  newId: () => string,
  passwordHash: string,
  refs: { xiyongParkId: string; merchantIds: readonly [string, string] },
) {
  const people = [
    { account: DEMO_ACCOUNTS[0], name: "王敏", createdAt: cst(2023, 1, 3, 9, 30), parkId: null, merchantId: null },
    {
      account: DEMO_ACCOUNTS[1],
      name: "刘洋",
      createdAt: cst(2023, 1, 10, 14, 0),
      parkId: refs.xiyongParkId,
      merchantId: null,
    },
    {
      account: DEMO_ACCOUNTS[2],
      name: "张伟",
      createdAt: cst(2023, 3, 15, 10, 5),
      parkId: null,
      merchantId: refs.merchantIds[0],
    },
    {
      account: DEMO_ACCOUNTS[3],
      name: "李娜",
      createdAt: cst(2025, 6, 20, 10, 15),
      parkId: null,
      merchantId: refs.merchantIds[1],
    },
  ];
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  for (const p of people) {
    const userId = newId();
    users.push({
      id: userId,
      email: p.account.email.toLowerCase(),
      name: p.name,
      passwordHash,
      role: p.account.role,
      parkId: p.parkId,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    });
    if (p.merchantId) {
      memberships.push({ id: newId(), userId, merchantId: p.merchantId, role: "OWNER", createdAt: p.createdAt });
    }
    notifications.push({
      id: newId(),
      userId,
      kind: "welcome",
      params: "{}",
      link: p.account.homePath,
      createdAt: p.createdAt,
    });
  }
  return { users, memberships, notifications };
}
