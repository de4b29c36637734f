const BOM = "\uFEFF";

/**
 * A cell Excel must keep as text: a code or an HS code that it would
 * otherwise read as a number (dropping "0101210000"'s leading zero, rounding
 * an 18-digit declaration number, showing 8.51822E+09) or a date ("1-2").
 * Written as ="0101210000", which Excel shows as the text 0101210000 and
 * saves back as plain 0101210000; our imports read either form (readCell in
 * parse.ts). Only for text without a double quote or a line break (codes are
 * letters, digits and - _ . /); anything else is written as a plain field.
 */
export class ExcelText {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}
export const excelText = (text: string) => new ExcelText(text);

/** A value that starts like a formula, and is not a plain number: prefixed with ' on export (see readCell). */
export const FORMULA_START = /^'*[=+\-@\t\r]/;
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field: quoted when needed, and never read as a formula by Excel.
 * A value that starts with =, +, -, @, a tab or a return (after any number
 * of ') gains one leading ', which the import takes off again (readCell), so
 * that "=SUM(A1)" and "'=x" both make the round trip unchanged.
 */
export function csvField(value: unknown): string {
  if (value instanceof ExcelText && value.text && !/["\r\n]/.test(value.text)) return `"=""${value.text}"""`;
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

/** A whole CSV document with a BOM, so that Excel opens Chinese text correctly. */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  let out = BOM + csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}

/** A download response for a CSV document. */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
