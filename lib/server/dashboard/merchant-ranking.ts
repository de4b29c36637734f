import "server-only";
import { readReplica } from "@/lib/server/db";
import type { Amount } from "./combine";
import { compareRows, type BreakdownRow } from "./breakdowns";
import type { MerchantTotal } from "./queries";

type ParkName = { id: string; nameZh: string; nameEn: string };

/**
 * The ranking of merchants' totals this period (in order), with last period's
 * figures and each merchant's names and its park's. The parks the caller has
 * read already (the scope's) are not read again.
 */
export async function rankMerchants(top: MerchantTotal[], before: MerchantTotal[], knownParks: ParkName[] = []) {
  const ids = top.map((t) => t.merchantId);
  const db = readReplica();
  const merchants = ids.length
    ? await db.merchant.findMany({
        where: { id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true, parkId: true },
      })
    : [];
  const parks = new Map(knownParks.map((p) => [p.id, p]));
  const unknown = [...new Set(merchants.map((m) => m.parkId))].filter((id) => !parks.has(id));
  if (unknown.length)
    for (const p of await db.park.findMany({
      where: { id: { in: unknown } },
      select: { id: true, nameZh: true, nameEn: true },
    }))
      parks.set(p.id, p);
  const toMap = (rows: typeof top) =>
    new Map<string, Amount>(rows.map((r) => [r.merchantId, { value: r.valueFen, count: r.count }]));
  const rows: BreakdownRow[] = compareRows(toMap(top), toMap(before), ids);
  const byId = new Map(
    merchants.map(({ parkId, ...m }) => {
      const park = parks.get(parkId)!;
      return [m.id, { ...m, park: { nameZh: park.nameZh, nameEn: park.nameEn } }];
    }),
  );
  return rows.map((r) => ({ ...r, merchant: byId.get(r.key)! })).filter((r) => r.merchant);
}
