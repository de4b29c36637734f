import "server-only";
import { readReplica } from "@/lib/server/db";
import {
  approvedMerchantWhere,
  countActiveSkus,
  countApprovedMerchants,
  countDeclaredMarkets,
} from "@/lib/server/counts/definitions";
import { countCompaniesConnected } from "@/lib/server/events/event-stats";
import type { DashboardScope } from "./scope";

/**
 * The counts beside the volumes, in scope: approved merchants and active SKUs
 * now, markets with a declaration in the period, the platforms the approved
 * merchants sell on, and companies checked in at the portal's events in the year.
 */
export async function getDashboardCounts(
  scope: DashboardScope,
  year: number,
  period: { from: string; to: string },
  /** The markets with a declaration in the period, when the caller has (or is reading) them already, by the same definition. */
  knownDeclaredMarkets?: number | Promise<number>,
) {
  const db = readReplica();
  const [approvedMerchants, activeSkus, declaredMarkets, platforms, connected] = await Promise.all([
    countApprovedMerchants(db, scope.merchantWhere),
    countActiveSkus(db, scope.merchantWhere),
    knownDeclaredMarkets ?? countDeclaredMarkets(db, scope.volumeScope, period.from, period.to),
    db.merchantPlatform.groupBy({
      by: ["platformId"],
      where: { merchant: approvedMerchantWhere(scope.merchantWhere) },
    }),
    countCompaniesConnected(db, year, scope.merchantWhere),
  ]);
  return { approvedMerchants, activeSkus, declaredMarkets, platforms: platforms.length, connectedAtEvents: connected };
}
