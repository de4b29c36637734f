import "server-only";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { toXlsx, xlsxResponse, type SheetColumn, type SheetValue } from "@/lib/sheets/write";
import { shanghaiDay } from "@/lib/time/shanghai";
import type { TableFormat } from "@/lib/sheets/format";

export { tableFormatOf, type TableFormat } from "@/lib/sheets/format";

/**
 * A table as a download in the asked format, named `<baseName>.csv` or
 * `.xlsx`. The same rows either way: CSV with a BOM and the formula guard,
 * or one sheet whose cells are typed by their column (codes as text,
 * amounts as numbers with their decimals, dates as dates; see SheetColumn).
 * Dates given as instants read in Beijing time in both.
 */
export async function tableResponse(
  format: TableFormat,
  table: {
    columns: readonly SheetColumn[];
    rows: readonly (readonly SheetValue[])[];
    baseName: string;
    locale: Locale;
    /** How the CSV writes an instant (formatDateTime in the reader's language by default). */
    csvDate?: (date: Date) => string;
  },
): Promise<Response> {
  const { columns, rows, baseName, locale, csvDate = (d: Date) => formatDateTime(d, locale) } = table;
  if (format === "xlsx") return xlsxResponse(await toXlsx(columns, rows), `${baseName}.xlsx`);
  const csvValue = (value: SheetValue, column: SheetColumn) =>
    value instanceof Date ? (column.kind === "date" ? shanghaiDay(value) : csvDate(value)) : value;
  return csvResponse(
    toCsv(
      columns.map((c) => c.header),
      rows.map((r) => columns.map((c, i) => csvValue(r[i], c))),
    ),
    `${baseName}.csv`,
  );
}
