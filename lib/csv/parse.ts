import iconv from "iconv-lite";
import Papa from "papaparse";

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

export type ParsedCsv = { header: string[]; rows: string[][]; errors: { row: number; message: string }[] };

/** Parses CSV text into a header and rows of strings (quoted fields, CRLF and all). */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header = [], ...rows] = result.data;
  return {
    header: header.map((h) => h.trim()),
    rows,
    // Papa's row numbers count from 0 over the data, header included.
    errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })),
  };
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
