import type { Db } from "@/lib/db/create-client";

/** Everything a page needs to know about who is asking; loaded per request. */
export async function loadSessionUser(db: Db, userId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, disabled: false },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      parkId: true,
      membership: {
        select: {
          role: true,
          merchant: {
            select: { id: true, nameZh: true, nameEn: true, verificationStatus: true, accountState: true, parkId: true },
          },
        },
      },
    },
  });
  if (!user) return null;
  const { membership, ...rest } = user;
  return {
    ...rest,
    membershipRole: membership?.role ?? null,
    merchant: membership?.merchant ?? null,
  };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;

/** Where a user lands after signing in. */
export function homePathFor(user: Pick<SessionUser, "role" | "merchant">): string {
  if (user.role === "STAFF" || user.role === "PARK_OPERATOR") return "/admin";
  const m = user.merchant;
  if (m && m.verificationStatus === "APPROVED" && m.accountState === "ACTIVE") return "/merchant";
  return "/merchant/status";
}
