import "server-only";
/** Largest CSV or workbook upload accepted: 50,000 rows of a wide SKU sheet fit well inside. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type Upload =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; reason: "noFile" | "tooLarge" | "notCsv" | "unreadable" };

/** The names and types a table upload may have: CSV, or an Excel workbook (read by content, see readTable). */
const TABLE_NAME = /\.(csv|txt|xlsx)$/i;
const TABLE_TYPE = /csv|text\/plain|excel|spreadsheetml/i;

/**
 * Reads the CSV file or .xlsx workbook of a multipart upload (field "file").
 * Route handlers receive uploads because server actions stop at 1 MB.
 */
export async function readCsvUpload(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + 64 * 1024) return { ok: false, reason: "tooLarge" };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // A body cut short (or not multipart at all) cannot be read as a form.
    return { ok: false, reason: "unreadable" };
  }
  const file = form.get("file");
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, reason: "noFile" };
  if (file.size > maxBytes) return { ok: false, reason: "tooLarge" };
  const name = file.name || "upload.csv";
  if (!TABLE_NAME.test(name) && !TABLE_TYPE.test(file.type)) return { ok: false, reason: "notCsv" };
  return { ok: true, fileName: name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
