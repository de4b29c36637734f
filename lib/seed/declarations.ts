// Demo declarations, official statistics, exchange rates and goals, 2023-01 to
// a fixed "now" of 2026-11. Deterministic and idempotent (only an empty
// table is seeded). The story: almost 20 billion CNY in 2023; Dazu Longshui's
// market procurement with 1,726 declarations worth 174 million USD in 2023;
// growth since then, but well short of the 70 billion pace.
import type { Db, Tx } from "@/lib/db/create-client";
import { DEFAULT_GOALS } from "@/lib/server/goals/default-goals";
import { referenceRates } from "@/lib/server/conversion/reference-rates";
import {
  ROLLUPS,
  bumpRollupVersion,
  deltaOf,
  type AnyRollup,
  type AnyRollupRow,
} from "@/lib/server/declarations/rollups";
import { insertRows } from "@/lib/db/insert-rows";
import { buildDemoDeclarations, type SeedMerchant } from "./declaration-rows";
import { rng } from "./random";

export const SEED_NOW_MONTH = "2026-11";
/** Official figures are published two months after the month they count. */
export const SEED_OFFICIAL_UNTIL = "2026-09";
const SEED = 20_231_231;

// Multi-row inserts (lib/db/insert-rows.ts): createMany would take some five times as long.
const DECLARATION_COLUMNS = [
  "id",
  "merchantId",
  "declaredOn",
  "month",
  "customsMode",
  "direction",
  "country",
  "valueMinor",
  "currency",
  "valueFen",
  "platformId",
  "hsChapter",
  "reference",
  "createdAt",
] as const;
const BULK = { chunk: 400, enums: { direction: "TradeDirection" } } as const;

/** Inserts rows of one rollup (grouped by its key) into its empty table. */
function insertRollup(tx: Tx, rollup: AnyRollup, rows: readonly AnyRollupRow[]) {
  const columns = [...rollup.columns, "count", "valueFen"] as const;
  return insertRows(
    tx,
    rollup.table,
    columns,
    rows.map((r) => columns.map((c) => r[c] ?? null)),
    BULK,
  );
}

/** The demo rows for the merchants and parks in the database; pure given the same database. */
export async function buildFromDatabase(db: Db) {
  const [zones, parks, merchants] = await Promise.all([
    db.zone.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true } }),
    db.park.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true } }),
    db.merchant.findMany({
      where: { verificationStatus: "APPROVED" },
      orderBy: { id: "asc" },
      select: {
        id: true,
        parkId: true,
        platforms: { select: { platformId: true }, orderBy: { platformId: "asc" } },
        categories: { select: { hsChapter: true }, orderBy: { hsChapter: "asc" } },
      },
    }),
  ]);
  const rateRows = referenceRates(SEED_NOW_MONTH);
  const seedMerchants: SeedMerchant[] = merchants.map((m) => ({
    id: m.id,
    parkCode: parks.find((p) => p.id === m.parkId)!.code,
    platformIds: m.platforms.map((p) => p.platformId),
    chapters: m.categories.map((c) => c.hsChapter),
  }));
  const built = buildDemoDeclarations(rng(SEED), {
    nowMonth: SEED_NOW_MONTH,
    officialUntil: SEED_OFFICIAL_UNTIL,
    merchants: seedMerchants,
    rates: rateRows,
  });
  return { zones, merchants, built, rateRows };
}

export async function seedDeclarations(db: Db): Promise<{ created: boolean }> {
  const [declarations, rates, pilot] = await Promise.all([
    db.declaration.count(),
    db.exchangeRate.count(),
    db.park.findUnique({ where: { code: "XIYONG" }, select: { id: true } }),
  ]);
  if (declarations || rates || !pilot) return { created: false };

  const { zones, merchants, built, rateRows } = await buildFromDatabase(db);
  const zoneId = new Map(zones.map((z) => [z.code, z.id]));
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));
  const deltas = built.declarations.map((d) => deltaOf(d, merchantOf.get(d.merchantId)!));

  await db.$transaction(
    async (tx) => {
      await tx.exchangeRate.createMany({ data: rateRows });
      await tx.goal.createMany({
        data: DEFAULT_GOALS.map(({ zoneCode, ...g }) => ({
          ...g,
          zoneId: zoneCode ? (zoneId.get(zoneCode) ?? null) : null,
        })),
      });
      await tx.officialStat.createMany({
        data: built.official.map((o) => ({
          zoneId: zoneId.get(o.zoneCode)!,
          month: o.month,
          valueFen: o.valueFen,
          source: o.source,
        })),
      });
      const declarationRows = built.declarations.map((d) => DECLARATION_COLUMNS.map((c) => d[c]));
      await insertRows(tx, "Declaration", DECLARATION_COLUMNS, declarationRows, BULK);
      for (const rollup of ROLLUPS) await insertRollup(tx, rollup, rollup.group(deltas));
      await bumpRollupVersion(tx);
    },
    { maxWait: 10_000, timeout: 180_000 },
  );
  return { created: true };
}
