import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { DECLARATION_COLUMNS } from "@/lib/server/declarations/import-declarations";
import { SKU_CSV_FIELDS, skuCsvHeader, type SkuCsvField } from "@/lib/server/skus/sku-csv";
import type { SheetColumn, SheetColumnKind } from "@/lib/sheets/write";

/** How a workbook types each SKU column: codes as text (leading zeros kept), the price as an amount. */
const SKU_KINDS: Partial<Record<SkuCsvField, SheetColumnKind>> = {
  code: "code",
  hsCode: "code",
  unitPrice: "decimal",
  weightGrams: "integer",
};

/** The SKU export's and template's columns, headed in a language. */
export function skuSheetColumns(locale: Locale): SheetColumn[] {
  const header = skuCsvHeader(locale);
  return SKU_CSV_FIELDS.map((f, i) => ({ header: header[i], kind: SKU_KINDS[f] ?? "text" }));
}

const DECLARATION_KINDS: Partial<Record<keyof typeof DECLARATION_COLUMNS | "valueCny", SheetColumnKind>> = {
  declaredOn: "date",
  customsMode: "code",
  amount: "decimal",
  hsChapter: "code",
  reference: "code",
  valueCny: "decimal",
};

/** A declarations sheet's columns: the fields in order, each headed as given. */
export function declarationSheetColumns(
  fields: readonly (keyof typeof DECLARATION_COLUMNS | "valueCny")[],
  header: (field: keyof typeof DECLARATION_COLUMNS | "valueCny") => string,
): SheetColumn[] {
  return fields.map((f) => ({ header: header(f), kind: DECLARATION_KINDS[f] ?? "text" }));
}
