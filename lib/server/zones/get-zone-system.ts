import "server-only";
import { db } from "@/lib/server/db";
import { approvedMerchantsByPark } from "@/lib/server/counts/definitions";

/** The pilot zone, its demonstration zones and their parks, with merchant counts (approved: lib/server/counts). */
export async function getZoneSystem() {
  const [zones, pending, approvedByPark] = await Promise.all([
    db.zone.findMany({
      orderBy: [{ kind: "asc" }, { status: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
      include: {
        parks: {
          orderBy: { code: "asc" },
          include: { _count: { select: { warehouses: true } } },
        },
      },
    }),
    db.merchant.groupBy({ by: ["parkId"], where: { verificationStatus: "PENDING" }, _count: { _all: true } }),
    approvedMerchantsByPark(db),
  ]);
  const pendingByPark = new Map(pending.map((row) => [row.parkId, row._count._all]));
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
