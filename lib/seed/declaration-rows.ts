// The rows behind the demo declarations (lib/seed/declarations.ts): an
// annual plan per zone, spread over the months with a seasonal pattern, is
// published as the zone's official figure; the merchants' declarations add up
// to slightly less, as not every company reports through the portal. Pure and
// deterministic for a given random generator.
import { seededId, weightedPicker, type Rng } from "./random";
import type { ReferenceRate } from "@/lib/server/conversion/reference-rates";
import { MARKET_PROCUREMENT_CAP_USD_CENTS, fromFen, toFen } from "@/lib/server/conversion/convert";
import { makeMonth, monthParts, monthRange } from "@/lib/time/months";
import type { Direction } from "@/lib/validation/declaration";
import {
  CURRENCY,
  EXPORT_CURRENCIES,
  EXPORT_MARKETS,
  IMPORT_CURRENCIES,
  IMPORT_ORIGINS,
  PROCUREMENT_MARKETS,
} from "./declaration-markets";
import {
  AVERAGE_FEN,
  MODE_MIX,
  PARK_SHARES,
  PROCUREMENT_2023,
  PROCUREMENT_2023_USD_CENTS,
  PROCUREMENT_PER_YEAR,
  SEASON,
  YI,
  ZONE_PLAN,
} from "./declaration-plan";

export type SeedMerchant = { id: string; parkCode: string; platformIds: string[]; chapters: string[] };

/** Splits an amount into parts in proportion to weights; the parts add up exactly. */
function split(total: bigint, parts: number[]): bigint[] {
  const scaled = parts.map((p) => BigInt(Math.max(1, Math.round(p * 10_000))));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const out = scaled.map((p) => (total * p) / sum);
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0n);
  return out;
}

export type BuiltDeclaration = {
  id: string;
  merchantId: string;
  declaredOn: Date;
  month: string;
  customsMode: string;
  direction: Direction;
  country: string;
  valueMinor: bigint;
  currency: string;
  valueFen: bigint;
  platformId: string | null;
  hsChapter: string | null;
  reference: string;
  createdAt: Date;
};
export type BuiltOfficial = { zoneCode: string; month: string; valueFen: bigint; source: string };

export function buildDemoDeclarations(
  r: Rng,
  input: { nowMonth: string; officialUntil: string; merchants: SeedMerchant[]; rates: ReferenceRate[] },
) {
  const rate = new Map(input.rates.map((x) => [`${x.month}|${x.currency}`, x.cnyPerUnitMicros]));
  const rateOf = (month: string, currency: string) =>
    currency === "CNY" ? 1_000_000n : rate.get(`${month}|${currency}`)!;
  const declarations: BuiltDeclaration[] = [];
  const official: BuiltOfficial[] = [];
  let serial = 0;
  const lastDay = (month: string) => {
    const { year, month: m } = monthParts(month);
    return month === input.nowMonth ? 20 : new Date(Date.UTC(year, m, 0)).getUTCDate();
  };
  const add = (
    m: SeedMerchant,
    month: string,
    mode: string,
    direction: Direction,
    country: string,
    currency: string,
    valueMinor: bigint,
  ) => {
    const minor = valueMinor > 0n ? valueMinor : 1n;
    const day = r.int(1, lastDay(month));
    const declaredOn = new Date(`${month}-${String(day).padStart(2, "0")}T00:00:00Z`);
    declarations.push({
      id: seededId(r),
      merchantId: m.id,
      declaredOn,
      month,
      customsMode: mode,
      direction,
      country,
      valueMinor: minor,
      currency,
      valueFen: toFen(minor, currency, rateOf(month, currency)),
      platformId: mode === "1039" || !m.platformIds.length ? null : r.pick(m.platformIds),
      hsChapter: m.chapters.length && r.chance(0.85) ? r.pick(m.chapters) : null,
      reference: `80${String(r.int(1, 13)).padStart(2, "0")}${month.slice(0, 4)}${mode === "1039" ? 1 : 0}${String(++serial).padStart(9, "0")}`,
      createdAt: new Date(declaredOn.getTime() + (r.int(1, 4) * 24 + 2) * 3_600_000),
    });
  };
  const byPark = new Map<string, SeedMerchant[]>();
  for (const m of input.merchants) byPark.set(m.parkCode, [...(byPark.get(m.parkCode) ?? []), m]);
  const merchantPicker = new Map(
    [...byPark].map(([code, list]) => [
      code,
      weightedPicker(
        r,
        r.sample(list, list.length).map((m, i) => [m, 1 / (i + 1) ** 0.7] as const),
      ),
    ]),
  );
  const months = monthRange("2023-01", input.nowMonth);

  // Market procurement first: its volume is part of the Dazu zone's.
  const procurementFen = new Map<string, bigint>();
  const longshui = merchantPicker.get("DAZU-LONGSHUI");
  const procurementMarket = weightedPicker(r, PROCUREMENT_MARKETS);
  for (const year of [2023, 2024, 2025, 2026]) {
    const yearMonths = months.filter((m) => monthParts(m).year === year);
    const counts =
      year === 2023
        ? PROCUREMENT_2023
        : split(BigInt(PROCUREMENT_PER_YEAR[year]), SEASON).map(Number).slice(0, yearMonths.length);
    const cents = counts.flatMap((n) => Array.from({ length: n }, () => r.int(4_500_000, 14_950_000)));
    let values = cents.map(BigInt);
    if (year === 2023) values = fitTotal(values, PROCUREMENT_2023_USD_CENTS);
    let k = 0;
    yearMonths.forEach((month, i) => {
      for (let j = 0; j < counts[i] && longshui; j++, k++) {
        add(longshui(), month, "1039", "EXPORT", procurementMarket(), "USD", values[k]);
        procurementFen.set(month, (procurementFen.get(month) ?? 0n) + declarations.at(-1)!.valueFen);
      }
    });
  }

  const exportMarket = weightedPicker(r, EXPORT_MARKETS);
  const importOrigin = weightedPicker(r, IMPORT_ORIGINS);
  const exportCurrency = weightedPicker(r, EXPORT_CURRENCIES);
  const importCurrency = weightedPicker(r, IMPORT_CURRENCIES);
  for (const [zoneCode, plan] of Object.entries(ZONE_PLAN)) {
    for (const year of [2023, 2024, 2025, 2026]) {
      const weightsOfYear = SEASON.map((s) => s * (0.96 + r.next() * 0.08));
      const monthly = split(BigInt(plan[year - 2023]) * (YI / 10n), weightsOfYear);
      monthly.forEach((planned, i) => {
        const month = makeMonth(year, i + 1);
        if (month > input.nowMonth) return;
        const published = (planned / 1_000_000n) * 1_000_000n;
        if (month <= input.officialUntil)
          official.push({ zoneCode, month, valueFen: published, source: "重庆市商务委员会月度统计" });
        const declared = (published * BigInt(9650 + r.int(0, 300))) / 10_000n;
        const procurement = zoneCode === "CQ-DZ-04" ? (procurementFen.get(month) ?? 0n) : 0n;
        const rest = declared > procurement * 2n ? declared - procurement : declared / 2n;
        const parks = PARK_SHARES[zoneCode];
        split(
          rest,
          parks.map(([, share]) => share),
        ).forEach((budget, p) => {
          const parkCode = parks[p][0];
          const merchant = merchantPicker.get(parkCode);
          if (!merchant) return;
          const mode = weightedPicker(
            r,
            MODE_MIX[parkCode].map(([code, w]) => [code, w] as const),
          );
          const n = Number(budget / AVERAGE_FEN) || 2;
          split(
            budget,
            Array.from({ length: n }, () => 0.25 + r.next() ** 2 * 2.5),
          ).forEach((fen) => {
            const code = mode();
            const imports = MODE_MIX[parkCode].find(([c]) => c === code)![2];
            const direction: Direction = r.chance(imports) ? "IMPORT" : "EXPORT";
            const country = direction === "IMPORT" ? importOrigin() : exportMarket();
            const currency =
              country === "RU" && r.chance(0.3)
                ? "RUB"
                : CURRENCY[direction === "IMPORT" ? importCurrency() : exportCurrency()];
            add(merchant(), month, code, direction, country, currency, fromFen(fen, currency, rateOf(month, currency)));
          });
        });
      });
    }
  }
  return { declarations, official };
}

/** Scales values to a total, each at most the 1039 cap; the total is met exactly. */
function fitTotal(values: bigint[], total: bigint): bigint[] {
  const sum = values.reduce((a, b) => a + b, 0n);
  const out = values.map((v) => {
    const scaled = (v * total) / sum;
    return scaled > MARKET_PROCUREMENT_CAP_USD_CENTS ? MARKET_PROCUREMENT_CAP_USD_CENTS : scaled;
  });
  let left = total - out.reduce((a, b) => a + b, 0n);
  for (let i = 0; left > 0n && i < out.length; i++) {
    const room = MARKET_PROCUREMENT_CAP_USD_CENTS - out[i];
    const take = room < left ? room : left;
    out[i] += take;
    left -= take;
  }
  return out;
}
