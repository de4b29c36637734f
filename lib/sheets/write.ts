// Not server-only: pure, so tests and scripts can build workbooks too.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { shanghaiDay } from "@/lib/time/shanghai";

/**
 * How a column's cells are written:
 * - text: strings as text cells (never formulas: "=1+1" stays those four
 *   characters), numbers as number cells;
 * - code: always a text cell, so Excel keeps "0101210000" and "007" as typed;
 * - integer, decimal: number cells, with as many decimals as the value has
 *   ("129.00" is written 129 with the format 0.00);
 * - date: a "YYYY-MM-DD" day (or an instant, by its Beijing day) as a date cell;
 * - datetime: an instant as a date cell showing Beijing's wall-clock time.
 * A value a number or date column cannot hold exactly is written as text.
 */
export type SheetColumnKind = "text" | "code" | "integer" | "decimal" | "date" | "datetime";
export type SheetColumn = { header: string; kind?: SheetColumnKind };
/** A value; `{ text }` is text the CSV writer marks for Excel (excelText), a text cell here. */
export type SheetValue = string | number | Date | { readonly text: string } | null | undefined;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const OFFSET_MS = 8 * 3_600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}(?:\.(\d{1,6}))?$/;

type Written = { value: ExcelJS.CellValue; numFmt?: string };

function cellOf(given: SheetValue, kind: SheetColumnKind): Written {
  const value = given !== null && typeof given === "object" && !(given instanceof Date) ? given.text : given;
  if (value === null || value === undefined || value === "") return { value: null };
  if (kind === "code") return { value: String(value) };
  if (kind === "date") {
    if (value instanceof Date) return dayCell(shanghaiDay(value));
    if (typeof value === "string" && DAY.test(value)) return dayCell(value);
    return { value: String(value) };
  }
  if (kind === "datetime") {
    // Excel has no time zones: the cell holds the wall-clock time a reader in Beijing expects.
    if (value instanceof Date) return { value: new Date(value.getTime() + OFFSET_MS), numFmt: "yyyy-mm-dd hh:mm" };
    return { value: String(value) };
  }
  if (kind === "integer") {
    if (typeof value === "number" && Number.isSafeInteger(value)) return { value, numFmt: "0" };
    if (typeof value === "string" && INTEGER.test(value)) return { value: Number(value), numFmt: "0" };
    return { value: String(value) };
  }
  if (kind === "decimal") {
    if (typeof value === "number" && Number.isFinite(value)) return { value };
    const m = typeof value === "string" ? DECIMAL.exec(value) : null;
    // Only a value that reads back the same ("-0.00" or 16 digits would not) becomes a number.
    if (m && Number(value).toFixed(m[1]?.length ?? 0) === value) {
      const decimals = m[1]?.length ?? 0;
      return { value: Number(value), numFmt: decimals ? `0.${"0".repeat(decimals)}` : "0" };
    }
    return { value: String(value) };
  }
  if (typeof value === "number") return { value };
  if (value instanceof Date) return { value: new Date(value.getTime() + OFFSET_MS), numFmt: "yyyy-mm-dd hh:mm" };
  return { value };
}

function dayCell(day: string): Written {
  const [, y, m, d] = DAY.exec(day)!;
  return { value: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))), numFmt: "yyyy-mm-dd" };
}

/** Width in Excel's character units: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 2 : 1;
  return width;
}

const widthOf = (w: Written) =>
  w.value instanceof Date ? (w.numFmt === "yyyy-mm-dd" ? 10 : 16) : displayWidth(String(w.value ?? ""));

/**
 * One sheet with a bold header row that stays in view (frozen) and filters,
 * columns as wide as their first rows' content (up to 60 characters), as
 * .xlsx bytes. Written row by row (exceljs's streaming writer, no shared
 * strings), so a 50,000-row export never holds the whole workbook as objects.
 */
export async function toXlsx(
  columns: readonly SheetColumn[],
  rows: readonly (readonly SheetValue[])[],
  sheetName = "Sheet1",
): Promise<Uint8Array> {
  const cellsOf = (values: readonly SheetValue[]) => columns.map((c, i) => cellOf(values[i], c.kind ?? "text"));
  // Widths from the first rows are enough, and keep a long export quick; the streaming writer wants them first.
  const widths = columns.map((c) => displayWidth(c.header));
  for (const values of rows.slice(0, 500))
    cellsOf(values).forEach((w, i) => (widths[i] = Math.max(widths[i], widthOf(w))));

  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet1", {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = widths.map((w) => ({ width: Math.min(60, Math.max(8, w + 2)) }));
  if (columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for (const values of rows) {
    const cells = cellsOf(values);
    const row = sheet.addRow(cells.map((w) => w.value));
    cells.forEach((w, i) => {
      if (w.numFmt) row.getCell(i + 1).numFmt = w.numFmt;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** A download response for a workbook. */
export function xlsxResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
