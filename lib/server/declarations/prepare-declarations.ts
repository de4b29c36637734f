// The rules of a declaration that need the database, shared by the form and
// the CSV import: the platform, the month's exchange rate, and market
// procurement (1039) only in a pilot park and at most 150,000 USD.
import type { DbOrTx } from "@/lib/db/create-client";
import type { DeclarationValues } from "@/lib/validation/declaration";
import { MARKET_PROCUREMENT_MODE } from "@/lib/validation/declaration";
import { minorToDecimal } from "@/lib/validation/decimal";
import { dayToDate } from "@/lib/time/days";
import { exceedsMarketProcurementCap, toFen, toUsdCents } from "@/lib/server/conversion/convert";
import { loadRateBook } from "@/lib/server/conversion/rate-book";

export type FieldIssue = { key: string; values?: Record<string, string> };
export type RowIssues = Record<string, FieldIssue>;

export type DeclaringMerchant = { id: string; parkId: string; marketProcurementPilot: boolean };

export type PreparedDeclaration = Omit<DeclarationValues, "platform" | "hsChapter"> & {
  platformId: string | null;
  hsChapter: string | null;
  valueFen: bigint;
};

export type PrepareResult =
  | { ok: true; rows: PreparedDeclaration[]; unchanged: number }
  | { ok: false; errors: { index: number; fields: RowIssues }[] };

type StoredDeclaration = {
  reference: string;
  declaredOn: Date;
  customsMode: string;
  direction: string;
  country: string;
  valueMinor: bigint;
  currency: string;
  platformId: string | null;
  hsChapter: string | null;
};

/** Whether a row says exactly what the stored declaration with its number says. */
function sameDeclaration(stored: StoredDeclaration, row: DeclarationValues, platformId: string | null): boolean {
  return (
    stored.declaredOn.getTime() === dayToDate(row.declaredOn).getTime() &&
    stored.customsMode === row.customsMode &&
    stored.direction === row.direction &&
    stored.country === row.country &&
    stored.valueMinor === row.valueMinor &&
    stored.currency === row.currency &&
    stored.platformId === platformId &&
    (stored.hsChapter ?? "") === row.hsChapter
  );
}

type PlatformRow = { id: string; code: string; nameZh: string; nameEn: string };

/** A platform by id (the form), or by code or name in either language (a CSV file). */
function resolvePlatform(platforms: PlatformRow[], value: string): string | null {
  const v = value.trim().toLowerCase();
  const found = platforms.find(
    (p) => p.id === value || p.code === v || p.nameZh.toLowerCase() === v || p.nameEn.toLowerCase() === v,
  );
  return found?.id ?? null;
}

/**
 * Checks declarations against the database and prepares them for writing. A
 * declaration number (reference) is declared once per merchant. With
 * `skipUnchanged` (the import), a row whose number is stored with exactly the
 * same values is the same declaration sent again: it is left out, counted as
 * unchanged, so an exported file imported again writes nothing; a stored
 * number with other values is still refused as a duplicate.
 */
export async function prepareDeclarations(
  tx: DbOrTx,
  merchant: DeclaringMerchant,
  rows: DeclarationValues[],
  options: { skipUnchanged?: boolean } = {},
): Promise<PrepareResult> {
  const hasProcurement = rows.some((r) => r.customsMode === MARKET_PROCUREMENT_MODE);
  const [platforms, rates, existing] = await Promise.all([
    tx.platform.findMany({ select: { id: true, code: true, nameZh: true, nameEn: true } }),
    loadRateBook(
      tx,
      rows.map((r) => r.month),
      [...rows.map((r) => r.currency), ...(hasProcurement ? ["USD"] : [])],
    ),
    tx.declaration.findMany({
      where: { merchantId: merchant.id, reference: { in: [...new Set(rows.map((r) => r.reference))] } },
      select: {
        reference: true,
        declaredOn: true,
        customsMode: true,
        direction: true,
        country: true,
        valueMinor: true,
        currency: true,
        platformId: true,
        hsChapter: true,
      },
    }),
  ]);
  // A reference number is declared once per merchant, so a file sent twice is not counted twice.
  const stored = new Map<string, StoredDeclaration>(existing.map((d) => [d.reference, d]));
  const seen = new Set<string>();
  const prepared: PreparedDeclaration[] = [];
  const errors: { index: number; fields: RowIssues }[] = [];
  let unchanged = 0;
  rows.forEach((row, index) => {
    const fields: RowIssues = {};
    const platformId = row.platform ? resolvePlatform(platforms, row.platform) : null;
    const same = stored.get(row.reference);
    if (!seen.has(row.reference) && same && options.skipUnchanged && sameDeclaration(same, row, platformId)) {
      seen.add(row.reference);
      unchanged++;
      return;
    }
    if (seen.has(row.reference) || same) fields.reference = { key: "duplicateReference" };
    seen.add(row.reference);
    if (row.platform && !platformId) fields.platform = { key: "invalidChoice" };
    const rate = rates.get(row.month, row.currency);
    if (rate === undefined) fields.currency = { key: "noRate", values: { currency: row.currency, month: row.month } };
    if (row.customsMode === MARKET_PROCUREMENT_MODE) {
      const usd = rates.get(row.month, "USD");
      if (!merchant.marketProcurementPilot) fields.customsMode = { key: "notPilot" };
      else if (usd === undefined) fields.currency ??= { key: "noRate", values: { currency: "USD", month: row.month } };
      else if (rate !== undefined && exceedsMarketProcurementCap(row.valueMinor, row.currency, rate, usd)) {
        fields.amount = {
          key: "capExceeded",
          values: { usd: minorToDecimal(toUsdCents(row.valueMinor, row.currency, rate, usd)) },
        };
      }
    }
    if (Object.keys(fields).length || rate === undefined) {
      errors.push({ index, fields });
      return;
    }
    const { platform: _platform, hsChapter, ...rest } = row;
    void _platform;
    prepared.push({
      ...rest,
      platformId,
      hsChapter: hsChapter || null,
      valueFen: toFen(row.valueMinor, row.currency, rate),
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows: prepared, unchanged };
}

/** The merchant a member declares for: approved and active, with its park's pilot flag. */
export async function findDeclaringMerchant(tx: DbOrTx, merchantId: string): Promise<DeclaringMerchant | null> {
  const merchant = await tx.merchant.findFirst({
    where: { id: merchantId, verificationStatus: "APPROVED", accountState: "ACTIVE" },
    select: { id: true, parkId: true, park: { select: { marketProcurementPilot: true } } },
  });
  return merchant
    ? { id: merchant.id, parkId: merchant.parkId, marketProcurementPilot: merchant.park.marketProcurementPilot }
    : null;
}

/** The row to store; the day is kept as UTC midnight of the Shanghai calendar day. */
export function declarationRecord(row: PreparedDeclaration, merchantId: string, createdById: string | null) {
  return {
    merchantId,
    declaredOn: dayToDate(row.declaredOn),
    month: row.month,
    customsMode: row.customsMode,
    direction: row.direction,
    country: row.country,
    valueMinor: row.valueMinor,
    currency: row.currency,
    valueFen: row.valueFen,
    platformId: row.platformId,
    hsChapter: row.hsChapter,
    reference: row.reference,
    createdById,
  };
}
