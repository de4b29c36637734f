import "server-only";
import { db } from "@/lib/server/db";
import type { Amount } from "./combine";
import { compareRows, type BreakdownRow } from "./breakdowns";
import { merchantTotals, type MerchantTotal, type VolumeScope } from "./queries";

type Period = { from: string; to: string };

/** The ten merchants with the largest declared volume, with last year's figure for each. */
export async function getMerchantRanking(scope: VolumeScope, current: Period, previous: Period, take = 10) {
  const top = await merchantTotals(db, scope, current.from, current.to, { take });
  const ids = top.map((t) => t.merchantId);
  const before = ids.length ? await merchantTotals(db, scope, previous.from, previous.to, { merchantIds: ids }) : [];
  return rankMerchants(top, before);
}

/** The ranking of merchants' totals this period (in order), with last period's figures and each merchant's names. */
export async function rankMerchants(top: MerchantTotal[], before: MerchantTotal[]) {
  const ids = top.map((t) => t.merchantId);
  const merchants = ids.length
    ? await db.merchant.findMany({
        where: { id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true, park: { select: { nameZh: true, nameEn: true } } },
      })
    : [];
  const toMap = (rows: typeof top) =>
    new Map<string, Amount>(rows.map((r) => [r.merchantId, { value: r.valueFen, count: r.count }]));
  const rows: BreakdownRow[] = compareRows(toMap(top), toMap(before), ids);
  const byId = new Map(merchants.map((m) => [m.id, m]));
  return rows.map((r) => ({ ...r, merchant: byId.get(r.key)! })).filter((r) => r.merchant);
}
