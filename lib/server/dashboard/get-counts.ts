import "server-only";
import { db } from "@/lib/server/db";
import { countCompaniesConnected } from "@/lib/server/events/event-stats";
import type { DashboardScope } from "./scope";

/** The counts beside the volumes: merchants, SKUs, platforms and companies met at events, in scope. */
export async function getDashboardCounts(scope: DashboardScope, year: number) {
  const merchant = { ...scope.merchantWhere, verificationStatus: "APPROVED" as const, accountState: "ACTIVE" as const };
  const [approvedMerchants, skus, platforms, connected] = await Promise.all([
    db.merchant.count({ where: merchant }),
    db.sku.count({ where: { merchant } }),
    db.merchantPlatform.groupBy({ by: ["platformId"], where: { merchant } }),
    countCompaniesConnected(db, year, scope.merchantWhere),
  ]);
  return { approvedMerchants, skus, platforms: platforms.length, connectedAtEvents: connected };
}
