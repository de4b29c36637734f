// Monthly totals by park, customs mode, direction and market, kept in step
// with the declarations inside the same transaction as each write, so that
// no view ever adds up the raw rows. Also used by the seed and the rebuild.
import type { DbOrTx } from "@/lib/db/create-client";
import type { Direction } from "@/lib/validation/declaration";

export type RollupKey = { month: string; parkId: string; customsMode: string; direction: Direction; country: string };
export type RollupDelta = RollupKey & { count: number; valueFen: bigint };

const keyOf = (k: RollupKey) => `${k.month}|${k.parkId}|${k.customsMode}|${k.direction}|${k.country}`;

function keyFields(k: RollupKey): RollupKey {
  return { month: k.month, parkId: k.parkId, customsMode: k.customsMode, direction: k.direction, country: k.country };
}

/** Adds up deltas that share a key; drops the ones that cancel out. */
export function groupDeltas(deltas: Iterable<RollupDelta>): RollupDelta[] {
  const byKey = new Map<string, RollupDelta>();
  for (const d of deltas) {
    const key = keyOf(d);
    const seen = byKey.get(key);
    if (seen) {
      seen.count += d.count;
      seen.valueFen += d.valueFen;
    } else {
      byKey.set(key, { ...d });
    }
  }
  return [...byKey.values()].filter((d) => d.count !== 0 || d.valueFen !== 0n);
}

/** The rollup change one declaration makes: +1 when written, -1 when removed. */
export function deltaOf(
  declaration: { month: string; customsMode: string; direction: Direction; country: string; valueFen: bigint },
  parkId: string,
  sign: 1 | -1 = 1,
): RollupDelta {
  return {
    month: declaration.month,
    parkId,
    customsMode: declaration.customsMode,
    direction: declaration.direction,
    country: declaration.country,
    count: sign,
    valueFen: sign === 1 ? declaration.valueFen : -declaration.valueFen,
  };
}

/**
 * Applies deltas inside the caller's transaction. Increments are atomic in the
 * database, so concurrent writers to the same month and market add up.
 */
export async function applyRollupDeltas(tx: DbOrTx, deltas: Iterable<RollupDelta>): Promise<void> {
  const grouped = groupDeltas(deltas);
  for (const d of grouped) {
    const { count, valueFen } = d;
    const key = keyFields(d);
    await tx.declarationRollup.upsert({
      where: { month_parkId_customsMode_direction_country: key },
      create: { ...key, count, valueFen },
      update: { count: { increment: count }, valueFen: { increment: valueFen } },
    });
  }
  const emptied = grouped.filter((d) => d.count < 0);
  if (emptied.length) {
    // A month and market whose last declaration went away leaves no row behind.
    await tx.declarationRollup.deleteMany({
      where: { count: { lte: 0 }, OR: emptied.map(keyFields) },
    });
  }
}
