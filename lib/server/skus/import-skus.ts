// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { Db, Tx } from "@/lib/db/create-client";
import { mapColumns } from "@/lib/csv/parse";
import { readTable, sheetRefusalKey } from "@/lib/sheets/read";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { failImport, runImport, type ImportOutcome } from "@/lib/server/imports/run-import";
import type { ImportIssue } from "@/lib/server/imports/report";
import { loadSkuContext, type SkuActor } from "./context";
import { duplicateCodeIssues, SKU_CSV_COLUMN_NAMES, SKU_CSV_REQUIRED, validateSkuRow } from "./sku-csv";
import type { SkuData } from "@/lib/validation/sku";
import { detailToData, SKU_DETAIL } from "./list-skus";
import { sameSkuData, writeSkus } from "./write-skus";

export const SKU_IMPORT_KIND = "SKU";
export const SKU_IMPORT_MAX_ROWS = 50_000;

const LOOKUP_CHUNK = 500;

/** The merchant's SKUs with these codes, as the import would write them, by code. */
async function storedSkus(tx: Tx, merchantId: string, codes: readonly string[]) {
  const out = new Map<string, { id: string; data: SkuData }>();
  for (let start = 0; start < codes.length; start += LOOKUP_CHUNK) {
    const rows = await tx.sku.findMany({
      where: { merchantId, code: { in: codes.slice(start, start + LOOKUP_CHUNK) } },
      select: SKU_DETAIL,
    });
    for (const sku of rows) out.set(sku.code, { id: sku.id, data: detailToData(sku) });
  }
  return out;
}

/**
 * Runs a SKU CSV import for a job: each row creates or updates a SKU by its
 * code, all or nothing (see runImport); a row equal to the stored SKU is
 * skipped, and the job's writtenRows counts the rows that changed something. Checks the file as a whole first:
 * its encoding and quoting, the columns, the number of rows.
 */
export async function processSkuImport(
  db: Db,
  input: { jobId: string; bytes: Uint8Array; actor: SkuActor },
): Promise<ImportOutcome> {
  const { jobId, actor } = input;
  const csv = await readTable(input.bytes);
  if (csv.refused) return failImport(db, jobId, [{ row: 1, column: "", message: sheetRefusalKey(csv.refused) }]);
  if (csv.errors.length) {
    const issues = csv.errors.map((e): ImportIssue => ({
      row: e.row,
      column: "",
      message: "imports.issues.malformed",
    }));
    return failImport(db, jobId, issues);
  }
  const mapped = mapColumns(csv.header, SKU_CSV_COLUMN_NAMES, SKU_CSV_REQUIRED);
  if (!mapped.ok) {
    return failImport(
      db,
      jobId,
      mapped.missing.map((f) => ({
        row: 1,
        column: SKU_CSV_COLUMN_NAMES[f][0],
        message: "imports.issues.missingColumn",
        value: SKU_CSV_COLUMN_NAMES[f][0],
      })),
    );
  }
  if (mapped.index.nameZh < 0 && mapped.index.nameEn < 0) {
    const name = SKU_CSV_COLUMN_NAMES.nameZh[0];
    return failImport(db, jobId, [{ row: 1, column: name, message: "imports.issues.missingColumn", value: name }]);
  }
  if (!csv.rows.length) return failImport(db, jobId, [{ row: 2, column: "", message: "imports.issues.noRows" }]);
  if (csv.rows.length > SKU_IMPORT_MAX_ROWS) {
    return failImport(db, jobId, [
      { row: 1, column: "", message: "imports.issues.tooManyRows", value: String(SKU_IMPORT_MAX_ROWS) },
    ]);
  }

  const ctx = await loadSkuContext(db, actor.merchantId);
  const { index } = mapped;
  return runImport(db, {
    jobId,
    rows: csv.rows,
    rowNumbers: csv.rowNumbers,
    validateRow: (row) => validateSkuRow(row, index, csv.header, ctx),
    checkAll: (values) => duplicateCodeIssues(values, csv.header[index.code]),
    writeRows: async (tx, values, progress) => {
      // Read inside the transaction, so create-or-update is decided on what is there now.
      const existing = await storedSkus(
        tx,
        actor.merchantId,
        values.map((v) => v.code),
      );
      // A row that would change nothing is left alone: an export imported unchanged writes nothing.
      const changed = values.filter((data) => {
        const stored = existing.get(data.code);
        return !stored || !sameSkuData(stored.data, data);
      });
      const result = await writeSkus(
        tx,
        ctx,
        changed.map((data) => ({ id: existing.get(data.code)?.id ?? null, data })),
        { source: "csv", actorId: actor.userId, onProgress: progress },
      );
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "sku.import",
        entityType: "ImportJob",
        entityId: jobId,
        details: {
          merchantId: actor.merchantId,
          created: result.created,
          updated: result.updated,
          unchanged: values.length - changed.length,
        },
      });
      return changed.length;
    },
  });
}
