import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { applyRollupDeltas, type RollupDelta } from "@/lib/server/declarations/rollups";
import type { RateInputValues } from "@/lib/validation/rates";
import { toFen } from "@/lib/server/conversion/convert";

/**
 * Sets a month's rate for a currency. Totals are always converted with the
 * rate of the declaration's month, so that month's declarations in that
 * currency are converted again, and the rollups follow, in the same transaction.
 */
export async function setExchangeRate(
  db: Db,
  actorId: string,
  input: RateInputValues,
): Promise<{ ok: true; recomputed: number }> {
  const { month, currency, rate } = input;
  return db.$transaction(
    async (tx) => {
      const previous = await tx.exchangeRate.findUnique({ where: { month_currency: { month, currency } } });
      await tx.exchangeRate.upsert({
        where: { month_currency: { month, currency } },
        create: { month, currency, cnyPerUnitMicros: rate },
        update: { cnyPerUnitMicros: rate },
      });
      const affected = await tx.declaration.findMany({
        where: { month, currency },
        select: {
          id: true,
          merchantId: true,
          valueMinor: true,
          valueFen: true,
          customsMode: true,
          direction: true,
          country: true,
          merchant: { select: { parkId: true } },
        },
      });
      const deltas: RollupDelta[] = [];
      for (const d of affected) {
        const valueFen = toFen(d.valueMinor, currency, rate);
        if (valueFen === d.valueFen) continue;
        await tx.declaration.update({ where: { id: d.id }, data: { valueFen } });
        deltas.push({
          month,
          parkId: d.merchant.parkId,
          merchantId: d.merchantId,
          customsMode: d.customsMode,
          direction: d.direction,
          country: d.country,
          count: 0,
          valueFen: valueFen - d.valueFen,
        });
      }
      await applyRollupDeltas(tx, deltas);
      await recordAudit(tx, {
        actorId,
        action: "rate.set",
        entityType: "ExchangeRate",
        entityId: `${month}:${currency}`,
        details: {
          month,
          currency,
          previous: previous?.cnyPerUnitMicros.toString() ?? null,
          rate: rate.toString(),
          recomputed: deltas.length,
        },
      });
      return { ok: true, recomputed: deltas.length } as const;
    },
    { timeout: 120_000 },
  );
}
