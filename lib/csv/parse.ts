import iconv from "iconv-lite";
import Papa from "papaparse";
import { FORMULA_START, PLAIN_NUMBER } from "./write";

/**
 * Decodes an uploaded CSV: UTF-8 with or without BOM, or GB18030 (what
 * Chinese Excel writes). A file that is not valid UTF-8 is read as GB18030.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return buf.subarray(3).toString("utf8");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, "gb18030");
  }
}

/**
 * A field as our exports wrote it, read back (the inverse of csvField in
 * write.ts): ="0101210000" (a cell kept as text for Excel) is 0101210000, and
 * the formula guard, one ' before a value that starts like a formula, is
 * taken off ("'=SUM(A1)" is "=SUM(A1)", "''=x" is "'=x"). Nothing else
 * changes: "'abc" and "'-12" (a plain number is never guarded) stay as they are.
 */
export function readCell(field: string): string {
  const text = /^="([^"\r\n]*)"$/.exec(field);
  if (text) return text[1];
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) && !PLAIN_NUMBER.test(field.slice(1))
    ? field.slice(1)
    : field;
}

export type ParsedCsv = {
  header: string[];
  rows: string[][];
  /** Each row's number in the file, counting the header as row 1 (what Excel shows). */
  rowNumbers: number[];
  errors: { row: number; message: string }[];
};

/**
 * Parses CSV text into a header and rows of strings (quoted fields, CRLF and
 * all). Blank rows are left out, but every row keeps its number in the file,
 * so that a report can point at the row a user sees in Excel.
 */
export function parseCsv(text: string): ParsedCsv {
  // Blank rows are skipped here rather than by Papa, whose error row numbers
  // count them while its data leaves them out.
  const body = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: headerDelimiter(body) });
  const records = result.data;
  let first = records.findIndex((r) => !isBlank(r));
  if (first < 0) first = records.length;
  const header = (records[first] ?? []).map((h) => readCell(h).trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = first + 1; i < records.length; i++) {
    if (isBlank(records[i])) continue;
    rows.push(records[i].map(readCell));
    rowNumbers.push(i + 1);
  }
  return {
    header,
    rows,
    rowNumbers,
    // Papa's row numbers count from 0 over every record, header included.
    errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })),
  };
}

/**
 * The delimiter the header row uses. Papa guesses from the first rows, and
 * takes a small file whose values hold semicolons ("US;DE") for a
 * semicolon-separated one; header names hold no delimiters, so they decide.
 */
function headerDelimiter(text: string): string {
  const header = /^.*\S.*$/m.exec(text)?.[0] ?? "";
  let best = ",";
  let most = 0;
  for (const d of [",", "\t", ";"]) {
    const count = header.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

function isBlank(record: string[]): boolean {
  return record.every((field) => field.trim() === "");
}

/**
 * Maps a header to field names, accepting either language's column names.
 * Returns the column index of each field, or the names it could not find.
 */
export function mapColumns<F extends string>(
  header: string[],
  columns: Record<F, readonly string[]>,
  required: readonly F[],
): { ok: true; index: Record<F, number> } | { ok: false; missing: F[] } {
  const normalized = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<F, number>;
  for (const [field, names] of Object.entries(columns) as [F, readonly string[]][]) {
    index[field] = normalized.findIndex((h) => names.some((n) => n.toLowerCase() === h));
  }
  const missing = required.filter((f) => index[f] < 0);
  return missing.length ? { ok: false, missing } : { ok: true, index };
}
