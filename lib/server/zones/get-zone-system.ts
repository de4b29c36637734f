import "server-only";
import { db } from "@/lib/server/db";

/** The pilot zone, its demonstration zones and their parks, with merchant counts. */
export async function getZoneSystem() {
  const [zones, counts] = await Promise.all([
    db.zone.findMany({
      orderBy: [{ kind: "asc" }, { status: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
      include: {
        parks: {
          orderBy: { code: "asc" },
          include: { _count: { select: { warehouses: true } } },
        },
      },
    }),
    db.merchant.groupBy({
      by: ["parkId", "verificationStatus"],
      _count: { _all: true },
    }),
  ]);
  const approvedByPark = new Map<string, number>();
  const pendingByPark = new Map<string, number>();
  for (const row of counts) {
    const target =
      row.verificationStatus === "APPROVED"
        ? approvedByPark
        : row.verificationStatus === "PENDING"
          ? pendingByPark
          : null;
    target?.set(row.parkId, (target.get(row.parkId) ?? 0) + row._count._all);
  }
  const withCounts = zones.map((zone) => ({
    ...zone,
    parks: zone.parks.map((park) => ({
      ...park,
      approvedMerchants: approvedByPark.get(park.id) ?? 0,
      pendingMerchants: pendingByPark.get(park.id) ?? 0,
    })),
  }));
  return {
    pilot: withCounts.find((z) => z.kind === "PILOT") ?? null,
    demonstration: withCounts.filter((z) => z.kind === "DEMONSTRATION"),
  };
}

export type ZoneSystem = Awaited<ReturnType<typeof getZoneSystem>>;

/** The demonstration zones, for the zone choices of a form. */
export function listDemonstrationZones() {
  return db.zone.findMany({
    where: { kind: "DEMONSTRATION" },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, nameZh: true, nameEn: true },
  });
}

/** The name of a zone or park just added, for the notice after the form redirects. */
export async function getAddedName(kind: string | undefined, id: string | undefined) {
  if (!id) return null;
  if (kind === "zone") return db.zone.findUnique({ where: { id }, select: { nameZh: true, nameEn: true } });
  if (kind === "park") return db.park.findUnique({ where: { id }, select: { nameZh: true, nameEn: true } });
  return null;
}
