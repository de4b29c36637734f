// Not server-only: the import worker threads run this outside Next.js.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { decodeCsv, parseCsv, type ParsedCsv } from "@/lib/csv/parse";

/**
 * The most a workbook may hold once unzipped. An .xlsx is a zip of XML that
 * compresses 10 to 20 times; a 50,000-row SKU export unzips to about 30 MB.
 * A zip bomb (a small file that unzips to gigabytes) is refused before
 * exceljs, which keeps the whole workbook in memory, ever sees it.
 */
export const MAX_WORKBOOK_UNZIPPED_BYTES = 64 * 1024 * 1024;
/** Parts of a workbook: an office file has a few dozen. */
const MAX_WORKBOOK_ENTRIES = 2_000;

/** Why a file that looks like a workbook is not read. */
export type SheetRefusal = "encrypted" | "corrupt" | "notWorkbook" | "tooLarge" | "noSheet" | "noCachedResult";

export type ReadTable = ParsedCsv & {
  /** The file was an .xlsx workbook (whatever its name). */
  workbook: boolean;
  /** Set when the workbook is refused; `errors` then holds the same reason as a message key. */
  refused?: SheetRefusal;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": every .xlsx (an Office Open XML zip)
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE: a password-protected .xlsx, or an old .xls

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** What the bytes are, by their content (never by the file's name). */
export function sniffTable(bytes: Uint8Array): "xlsx" | "encrypted" | "csv" {
  if (startsWith(bytes, ZIP)) return "xlsx";
  if (startsWith(bytes, CFB)) return "encrypted";
  return "csv";
}

/** The message key of a refusal, in the `sheets` catalog. */
export const sheetRefusalKey = (reason: SheetRefusal) => `sheets.refused.${reason}`;

/**
 * A cheap look at an upload before it is queued: CSV passes; a workbook must
 * open as a zip, hold a workbook part and declare at most
 * MAX_WORKBOOK_UNZIPPED_BYTES unzipped. Nothing is unzipped here: the import
 * (readTable) counts the real bytes as it unzips, as a zip can lie about sizes.
 */
export async function screenTable(bytes: Uint8Array): Promise<{ ok: true } | { ok: false; reason: SheetRefusal }> {
  const kind = sniffTable(bytes);
  if (kind === "csv") return { ok: true };
  if (kind === "encrypted") return { ok: false, reason: "encrypted" };
  const zip = await openZip(bytes);
  if (!zip.ok) return zip;
  let declared = 0;
  for (const entry of Object.values(zip.zip.files)) declared += declaredSize(entry);
  return declared > MAX_WORKBOOK_UNZIPPED_BYTES ? { ok: false, reason: "tooLarge" } : { ok: true };
}

/**
 * Reads an uploaded table into the rows of strings the CSV parser gives
 * (header, rows, each row's number in the file). A workbook is recognised by
 * its content, so an .xlsx saved under a .csv name is read as one. Of a
 * workbook only the first sheet is read, each cell as the clerk sees it:
 * text as is, numbers without float noise (and with the decimals or leading
 * zeros of a "0.00" or "000000" format), dates as YYYY-MM-DD, formulas as
 * their saved result. A password-protected, corrupt or oversized workbook is
 * refused (`refused` and one error naming the reason).
 */
export async function readTable(
  bytes: Uint8Array,
  // The name is kept for reports; the content decides how the file is read.
  _fileName?: string,
  maxUnzippedBytes = MAX_WORKBOOK_UNZIPPED_BYTES,
): Promise<ReadTable> {
  const kind = sniffTable(bytes);
  if (kind === "csv") return { ...parseCsv(decodeCsv(bytes)), workbook: false };
  if (kind === "encrypted") return refuse("encrypted");
  const zip = await openZip(bytes);
  if (!zip.ok) return refuse(zip.reason);
  const unzipped = await unzippedSize(zip.zip, maxUnzippedBytes);
  if (unzipped !== "ok") return refuse(unzipped);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return refuse("corrupt");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse("noSheet");
  // exceljs has turned date-formatted serials into dates already (the 1904 date system included).
  return readSheet(sheet);
}

function refuse(reason: SheetRefusal, row = 1): ReadTable {
  return {
    header: [],
    rows: [],
    rowNumbers: [],
    errors: [{ row, message: sheetRefusalKey(reason) }],
    workbook: true,
    refused: reason,
  };
}

async function openZip(bytes: Uint8Array): Promise<{ ok: true; zip: JSZip } | { ok: false; reason: SheetRefusal }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  const names = Object.keys(zip.files);
  if (names.length > MAX_WORKBOOK_ENTRIES) return { ok: false, reason: "tooLarge" };
  // A .docx or any other zip is not a workbook.
  if (!names.some((n) => n.replace(/^\//, "") === "xl/workbook.xml")) return { ok: false, reason: "notWorkbook" };
  return { ok: true, zip };
}

/** The size an entry says it unzips to (JSZip keeps the central directory's figure). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
  return Number(data?.uncompressedSize ?? 0);
}

/** Unzips every entry, counting bytes, and stops as soon as the total passes the limit. */
async function unzippedSize(zip: JSZip, limit: number): Promise<"ok" | "tooLarge" | "corrupt"> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    if (total + declaredSize(entry) > limit) return "tooLarge";
    const ok = await new Promise<boolean>((resolve) => {
      const stream = entry.nodeStream("nodebuffer");
      stream
        .on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            resolve(false);
          }
        })
        .on("error", () => resolve(false))
        .on("end", () => resolve(true));
    });
    if (!ok) return total > limit ? "tooLarge" : "corrupt";
  }
  return "ok";
}

function readSheet(sheet: ExcelJS.Worksheet): ReadTable {
  const records: { number: number; cells: string[] }[] = [];
  let missingResult: number | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      const text = cellText(cell);
      if (text === null) {
        missingResult ??= number;
        cells.push("");
      } else cells.push(text);
    }
    records.push({ number, cells });
  });
  if (missingResult !== null) return refuse("noCachedResult", missingResult);
  const filled = records.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [head, ...body] = filled;
  return {
    header: (head?.cells ?? []).map((h) => h.trim()),
    rows: body.map((r) => r.cells),
    rowNumbers: body.map((r) => r.number),
    errors: [],
    workbook: true,
  };
}

/** A cell's text as Excel shows it; null for a formula saved without its result. */
export function cellText(cell: ExcelJS.Cell): string | null {
  // The other cells of a merged range show nothing; the first one holds the value.
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value, numFmt);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) return null;
    return valueText(result as ExcelJS.CellValue, numFmt);
  }
  if ("error" in value) return String(value.error);
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    if (text && typeof text === "object" && "richText" in text)
      return (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    return String(text ?? "");
  }
  return "";
}

/**
 * A number as a clerk reads it: 15 significant digits (Excel's own
 * precision, so 0.1 + 0.2 reads 0.3); a plain "0.00" or "#,##0.00" format
 * gives its decimals, and "000000" its leading zeros. Thousands separators
 * are left out, as imports read "1,234" as ambiguous.
 */
export function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return String(n);
  const format = /^(?:#,##)?(0+)(?:\.(0+))?$/.exec((numFmt ?? "").split(";")[0].trim());
  const clean = Number(n.toPrecision(15));
  if (format) {
    const [, whole, decimals = ""] = format;
    const fixed = Math.abs(clean).toFixed(decimals.length);
    const [int, frac] = fixed.split(".");
    const padded = int.padStart(whole.length, "0") + (frac !== undefined ? `.${frac}` : "");
    return clean < 0 && Number(fixed) !== 0 ? `-${padded}` : padded;
  }
  return String(clean);
}

/**
 * A date cell's calendar day. Excel keeps wall-clock times with no zone, and
 * exceljs reads them as that time in UTC; written by someone in China, the
 * wall clock is Beijing's, so the UTC fields are the Asia/Shanghai day.
 * A format with a time keeps the time too.
 */
function dateText(d: Date, numFmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  const withTime = /[hs]/i.test((numFmt ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}
