import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { currencyMinorDigits } from "@/lib/reference/currencies";
import { excelText, type ExcelText } from "@/lib/csv/write";
import { minorToDecimal } from "@/lib/validation/decimal";
import type { DeclarationFilters } from "@/lib/validation/declaration";
import { DECLARATION_COLUMNS } from "./import-declarations";
import { declarationOrderBy, DECLARATION_LIST, merchantDeclarationWhere } from "./list-declarations";

/** The columns: the import's (so an export can be read back in), then the value in CNY. */
export const DECLARATION_EXPORT_FIELDS = [
  ...(Object.keys(DECLARATION_COLUMNS) as (keyof typeof DECLARATION_COLUMNS)[]),
];

type ExportRow = Omit<
  Record<(typeof DECLARATION_EXPORT_FIELDS)[number] | "valueCny", string>,
  "hsChapter" | "reference"
> & {
  /** Declaration numbers (18 digits) and chapters ("01") are cells Excel keeps as text. */
  hsChapter: string | ExcelText;
  reference: string | ExcelText;
};

/**
 * One merchant's declarations matching the list's filters, in the list's
 * order, as CSV cells. The merchant is part of the query, so another
 * merchant's rows can never be in it; more than `cap` rows is refused
 * (the route has refused them already, with refuseExport).
 */
export async function exportDeclarations(
  db: Db,
  merchantId: string,
  filters: Partial<DeclarationFilters>,
  orderBy: Prisma.DeclarationOrderByWithRelationInput[] = declarationOrderBy(DECLARATION_LIST),
  cap = EXPORT_ROW_CAP,
): Promise<{ ok: true; rows: ExportRow[] } | { ok: false; reason: "tooMany"; count: number }> {
  const where = await merchantDeclarationWhere(merchantId, filters);
  const count = await db.declaration.count({ where });
  if (count > cap) return { ok: false, reason: "tooMany", count };
  const items = await db.declaration.findMany({ where, orderBy, take: cap });
  const platformIds = [...new Set(items.map((d) => d.platformId).filter((id): id is string => !!id))];
  const platforms = await db.platform.findMany({
    where: { id: { in: platformIds } },
    select: { id: true, code: true },
  });
  const codeOf = new Map(platforms.map((p) => [p.id, p.code]));
  return {
    ok: true,
    rows: items.map((d) => ({
      declaredOn: d.declaredOn.toISOString().slice(0, 10),
      customsMode: d.customsMode,
      direction: d.direction,
      country: d.country,
      amount: minorToDecimal(d.valueMinor, currencyMinorDigits(d.currency)),
      currency: d.currency,
      platform: d.platformId ? (codeOf.get(d.platformId) ?? "") : "",
      hsChapter: excelText(d.hsChapter ?? ""),
      reference: excelText(d.reference),
      valueCny: minorToDecimal(d.valueFen, 2),
    })),
  };
}
