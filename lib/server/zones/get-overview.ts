import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth/session-user";

/** The scope a staff-area user sees: the whole city, or one operator's park. */
export function parkScope(user: Pick<SessionUser, "role" | "parkId">) {
  // An operator without a park sees nothing rather than everything.
  return user.role === "PARK_OPERATOR" ? { parkId: user.parkId ?? "__none__" } : {};
}

export async function getAdminOverview(user: Pick<SessionUser, "role" | "parkId">) {
  const scope = parkScope(user);
  const parkWhere = user.role === "PARK_OPERATOR" ? { id: user.parkId ?? "__none__" } : {};
  const [statusCounts, suspended, designated, planned, parks, platforms] = await Promise.all([
    db.merchant.groupBy({ by: ["verificationStatus"], where: scope, _count: { _all: true } }),
    db.merchant.count({ where: { ...scope, accountState: "SUSPENDED" } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "PLANNED" } }),
    db.park.findMany({
      where: parkWhere,
      orderBy: { code: "asc" },
      include: { zone: true, _count: { select: { warehouses: true } } },
    }),
    db.platform.count(),
  ]);
  const byStatus = Object.fromEntries(statusCounts.map((r) => [r.verificationStatus, r._count._all])) as Record<string, number>;
  const perPark = await db.merchant.groupBy({
    by: ["parkId", "verificationStatus"],
    where: { parkId: { in: parks.map((p) => p.id) } },
    _count: { _all: true },
  });
  const count = (parkId: string, status: string) =>
    perPark.find((r) => r.parkId === parkId && r.verificationStatus === status)?._count._all ?? 0;
  return {
    approved: byStatus.APPROVED ?? 0,
    pending: byStatus.PENDING ?? 0,
    suspended,
    designated,
    planned,
    platforms,
    parks: parks.map((p) => ({ ...p, approved: count(p.id, "APPROVED"), pending: count(p.id, "PENDING") })),
  };
}
