import "server-only";
import { readReplica } from "@/lib/server/db";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import type { DashboardFilters } from "./filters";
import type { VolumeScope } from "./queries";

/**
 * What a staff-area user may see, narrowed by the filters: staff see the city
 * or one zone; a park operator sees its own park and nothing else, whatever
 * the URL asks for. Official zone figures apply only to whole zones and all
 * customs modes, so a park or a mode filter uses the declarations alone.
 */
export async function resolveDashboardScope(user: ScopeUser, filters: DashboardFilters) {
  const operator = user.role === "PARK_OPERATOR";
  const db = readReplica();
  const [zones, allParks] = await Promise.all([
    db.zone.findMany({
      where: { kind: "DEMONSTRATION" },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, nameZh: true, nameEn: true, status: true },
    }),
    db.park.findMany({
      where: parkScope(user, "id"),
      orderBy: { code: "asc" },
      select: { id: true, code: true, zoneId: true, nameZh: true, nameEn: true },
    }),
  ]);
  const zone = !operator && filters.zone ? (zones.find((z) => z.id === filters.zone) ?? null) : null;
  const parks = zone ? allParks.filter((p) => p.zoneId === zone.id) : allParks;
  const volumeScope: VolumeScope = {
    parkIds: operator || zone ? parks.map((p) => p.id) : null,
    customsMode: filters.mode ?? null,
    officialZoneIds: operator || filters.mode ? null : zone ? [zone.id] : "all",
  };
  return {
    kind: operator ? ("park" as const) : zone ? ("zone" as const) : ("city" as const),
    zone,
    zones,
    parks,
    zoneOfPark: new Map(allParks.map((p) => [p.id, p.zoneId])),
    volumeScope,
    /** The merchants in scope, for counts. */
    merchantWhere: operator || zone ? { parkId: { in: parks.map((p) => p.id) } } : {},
  };
}

export type DashboardScope = Awaited<ReturnType<typeof resolveDashboardScope>>;
