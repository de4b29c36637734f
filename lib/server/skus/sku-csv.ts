// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import { excelText, type ExcelText } from "@/lib/csv/write";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { displayPrice, SkuTextInput, type SkuData } from "@/lib/validation/sku";
import { memoizeFields } from "@/lib/validation/memoize-fields";
import type { RowCheck } from "@/lib/server/imports/run-import";
import type { ImportIssue } from "@/lib/server/imports/report";
import { referenceIssues, type SkuContext } from "./context";
import { detailToData, type SkuDetail } from "./list-skus";

/** The columns of the SKU CSV, in order: the template, the export and the import share them. */
export const SKU_CSV_FIELDS = [
  "code",
  "nameZh",
  "nameEn",
  "hsCode",
  "originCountry",
  "unitPrice",
  "currency",
  "weightGrams",
  "markets",
  "platforms",
  "stock",
  "status",
] as const;
export type SkuCsvField = (typeof SKU_CSV_FIELDS)[number];
export const SKU_CSV_REQUIRED: readonly SkuCsvField[] = ["code", "hsCode", "unitPrice", "currency", "weightGrams"];

const zh = loadMessages("zh-CN");
const en = loadMessages("en");

export function skuCsvHeader(locale: Locale): string[] {
  const columns = loadMessages(locale).skuCsv.columns;
  return SKU_CSV_FIELDS.map((f) => columns[f]);
}

/** Either language's column name is accepted, and the field's own name (handy for ERPs). */
export const SKU_CSV_COLUMN_NAMES = Object.fromEntries(
  SKU_CSV_FIELDS.map((f) => [f, [zh.skuCsv.columns[f], en.skuCsv.columns[f], f]]),
) as unknown as Record<SkuCsvField, readonly string[]>;

/** A message key of the SKU rules, qualified by the namespace that has it. */
export function qualifySkuMessage(key: string): string {
  if (Object.prototype.hasOwnProperty.call(en.skuValidation, key)) return `skuValidation.${key}`;
  if (Object.prototype.hasOwnProperty.call(en.dataQuality, key)) return `dataQuality.${key}`;
  if (Object.prototype.hasOwnProperty.call(en.validation, key)) return `validation.${key}`;
  return "validation.invalid";
}

const STATUS_WORDS: Record<string, "ACTIVE" | "ARCHIVED"> = {
  active: "ACTIVE",
  archived: "ARCHIVED",
  [zh.skus.status.ACTIVE]: "ACTIVE",
  [zh.skus.status.ARCHIVED]: "ARCHIVED",
  [en.skus.status.ACTIVE.toLowerCase()]: "ACTIVE",
  [en.skus.status.ARCHIVED.toLowerCase()]: "ARCHIVED",
};

const splitList = (cell: string) => cell.split(/[\s;,|、，；]+/).filter(Boolean);

/** "XIYONG-B1:120; XIYONG-G1:30" as { code: "120", ... }, or null when malformed. */
export function parseStockCell(cell: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const part of cell
    .split(/[;|\n、；]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([^:：=]+)[:：=]\s*(.*)$/.exec(part);
    if (!match) return null;
    out[match[1].trim().toUpperCase()] = match[2].trim();
  }
  return out;
}

/**
 * The SKU rules, each repeating column checked once per distinct value (an
 * import's HS codes, prices, currencies, markets and stock cells repeat):
 * the same answers as SkuTextInput, at about two thirds of its cost.
 */
const SKU_ROW_RULES = memoizeFields(SkuTextInput, [
  "hsCode",
  "originCountry",
  "unitPrice",
  "currency",
  "weightGrams",
  "markets",
  "platforms",
  "stock",
  "status",
]);

/** Validates one CSV row as a SKU of this merchant. */
export function validateSkuRow(
  row: readonly string[],
  index: Record<SkuCsvField, number>,
  header: readonly string[],
  ctx: SkuContext,
): RowCheck<SkuData> {
  const cell = (f: SkuCsvField) => (index[f] >= 0 ? (row[index[f]] ?? "") : "");
  // Every cell is trimmed, except the code: spaces around a code are refused, never trimmed (skuCodeField).
  const get = (f: SkuCsvField) => (f === "code" ? cell(f) : cell(f).trim());
  const column = (f: string) =>
    f in index && index[f as SkuCsvField] >= 0
      ? header[index[f as SkuCsvField]]
      : (SKU_CSV_COLUMN_NAMES[f as SkuCsvField]?.[0] ?? f);
  const stock = parseStockCell(get("stock"));
  if (!stock)
    return {
      ok: false,
      issues: [{ column: column("stock"), message: "skuValidation.stockFormat", value: get("stock") }],
    };
  const statusCell = get("status");
  const raw = {
    code: get("code"),
    nameZh: get("nameZh"),
    nameEn: get("nameEn"),
    hsCode: get("hsCode"),
    originCountry: get("originCountry") || undefined,
    unitPrice: get("unitPrice"),
    currency: get("currency"),
    weightGrams: get("weightGrams"),
    markets: splitList(get("markets")),
    platforms: splitList(get("platforms")),
    stock,
    status: statusCell ? (STATUS_WORDS[statusCell.toLowerCase()] ?? statusCell) : undefined,
  };
  const parsed = SKU_ROW_RULES.safeParse(raw);
  if (!parsed.success) {
    // The first problem of each column is enough to act on.
    const seen = new Set<string>();
    const issues = parsed.error.issues.flatMap((issue) => {
      const [field = "code", item] = issue.path.map(String);
      if (seen.has(field)) return [];
      seen.add(field);
      const list = field === "markets" || field === "platforms" ? raw[field] : null;
      const value =
        list && item !== undefined ? list[Number(item)] : field === "stock" && item ? item : get(field as SkuCsvField);
      return [{ field, column: column(field), message: qualifySkuMessage(issue.message), value }];
    });
    // In the order of the columns, as the user reads the row.
    const order = (f: string) => SKU_CSV_FIELDS.indexOf(f as SkuCsvField);
    issues.sort((a, b) => order(a.field) - order(b.field));
    return { ok: false, issues: issues.map((i) => ({ column: i.column, message: i.message, value: i.value })) };
  }
  const refs = referenceIssues(ctx, parsed.data);
  if (refs.length) {
    return {
      ok: false,
      issues: refs.map((r) => ({
        column: column(String(r.path[0])),
        message: qualifySkuMessage(r.message),
        value: r.value,
      })),
    };
  }
  return { ok: true, value: parsed.data };
}

/** A code given on two rows: the later row is reported, pointing at the first. */
export function duplicateCodeIssues(
  values: readonly { row: number; value: SkuData }[],
  codeColumn: string,
): ImportIssue[] {
  const first = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const { row, value } of values) {
    const seen = first.get(value.code);
    if (seen === undefined) first.set(value.code, row);
    else issues.push({ row, column: codeColumn, message: "skuValidation.duplicateInFile", value: String(seen) });
  }
  return issues;
}

/**
 * A SKU as a row of the export: the same columns the import reads, so a file
 * can go round. The code and the HS code are cells Excel keeps as text, so
 * that it drops no leading zero (see excelText).
 */
export function skuCsvRow(sku: SkuDetail): (string | ExcelText)[] {
  const d = detailToData(sku);
  return [
    excelText(d.code),
    d.nameZh,
    d.nameEn,
    excelText(d.hsCode),
    d.originCountry,
    displayPrice(d.unitPriceMinor, d.currency),
    d.currency,
    String(d.weightGrams),
    d.markets.join(";"),
    d.platforms.join(";"),
    Object.entries(d.stock)
      .map(([code, qty]) => `${code}:${qty}`)
      .join(";"),
    d.status,
  ];
}
