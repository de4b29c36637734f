// Not server-only: the import worker threads run this outside Next.js.
import type { Db } from "@/lib/db/create-client";
import { mapColumns } from "@/lib/csv/parse";
import { readTable, sheetRefusalKey } from "@/lib/sheets/read";
import { loadMessages } from "@/lib/i18n/messages";
import { declarationSchema, type DeclarationValues } from "@/lib/validation/declaration";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { failImport, type ImportOutcome } from "@/lib/server/imports/run-import";
import type { ImportIssue } from "@/lib/server/imports/report";
import { applyRollupDeltas, deltaOf } from "./rollups";
import { declarationRecord, findDeclaringMerchant, prepareDeclarations, type FieldIssue } from "./prepare-declarations";

export const DECLARATION_IMPORT_KIND = "DECLARATION";
export const DECLARATION_IMPORT_MAX_ROWS = 5_000;
/** Largest declarations file accepted. */
export const DECLARATION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** The columns of a declarations file, by their English or Chinese header. */
export const DECLARATION_COLUMNS = {
  declaredOn: ["declared_on", "date", "申报日期"],
  customsMode: ["customs_mode", "mode", "监管方式"],
  direction: ["direction", "贸易方向"],
  country: ["country", "market", "国家或地区"],
  amount: ["amount", "金额"],
  currency: ["currency", "币种"],
  platform: ["platform", "平台"],
  hsChapter: ["hs_chapter", "商品章节"],
  reference: ["reference", "申报单号"],
} as const;
type Column = keyof typeof DECLARATION_COLUMNS;
const REQUIRED: readonly Column[] = [
  "declaredOn",
  "customsMode",
  "direction",
  "country",
  "amount",
  "currency",
  "reference",
];

type Found = { column: string; value: string };

type ReadRows =
  | { fileIssue: ImportIssue }
  | {
      rows: number;
      valid: { line: number; values: DeclarationValues; cells: Record<string, Found> }[];
      errors: ImportIssue[];
    };

const dataQualityKeys = loadMessages("en").dataQuality;

/** A message key of the declaration rules, qualified by the namespace that has it. */
export function qualifyDeclarationMessage(key: string): string {
  return Object.prototype.hasOwnProperty.call(dataQualityKeys, key) ? `dataQuality.${key}` : `dataValidation.${key}`;
}

/** An issue of a field, as a report keeps it: the column as the file names it, the message key and its placeholders. */
function issueOf(line: number, found: Found, issue: FieldIssue): ImportIssue {
  return {
    row: line,
    column: found.column,
    message: qualifyDeclarationMessage(issue.key),
    value: found.value,
    ...(issue.values ? { params: issue.values } : {}),
  };
}

/** Reads every row first; anything wrong in any row means nothing is written. */
async function readRows(bytes: Uint8Array, today: string): Promise<ReadRows> {
  const parsed = await readTable(bytes);
  if (parsed.refused) return { fileIssue: { row: 1, column: "", message: sheetRefusalKey(parsed.refused) } };
  const mapped = mapColumns(parsed.header, DECLARATION_COLUMNS, REQUIRED);
  const fileIssue = (key: string, params: Record<string, string>) => ({
    fileIssue: { row: 1, column: "", message: `dataValidation.${key}`, params },
  });
  if (!mapped.ok)
    return fileIssue("missingColumns", { columns: mapped.missing.map((c) => DECLARATION_COLUMNS[c][0]).join(", ") });
  if (!parsed.rows.length) return fileIssue("emptyFile", {});
  if (parsed.rows.length > DECLARATION_IMPORT_MAX_ROWS)
    return fileIssue("tooManyRows", { max: String(DECLARATION_IMPORT_MAX_ROWS) });
  const schema = declarationSchema(today);
  const errors: ImportIssue[] = [];
  const valid: { line: number; values: DeclarationValues; cells: Record<string, Found> }[] = [];
  parsed.rows.forEach((cells, i) => {
    const line = parsed.rowNumbers?.[i] ?? i + 2;
    const found: Record<string, Found> = Object.fromEntries(
      (Object.keys(DECLARATION_COLUMNS) as Column[]).map((c) => {
        const at = mapped.index[c];
        return [
          c,
          at >= 0
            ? { column: parsed.header[at] ?? DECLARATION_COLUMNS[c][0], value: cells[at] ?? "" }
            : { column: DECLARATION_COLUMNS[c][0], value: "" },
        ];
      }),
    );
    const result = schema.safeParse(Object.fromEntries(Object.entries(found).map(([c, f]) => [c, f.value])));
    if (result.success) return void valid.push({ line, values: result.data, cells: found });
    const fields = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "row");
      if (fields.has(field)) continue;
      fields.add(field);
      errors.push(issueOf(line, found[field] ?? { column: "", value: "" }, { key: issue.message }));
    }
  });
  return { rows: parsed.rows.length, valid, errors };
}

/**
 * Runs a declarations CSV import for a queued job (in an import worker
 * thread), all or nothing: every row is checked (format, rates, the 1039
 * rules, duplicates) before anything is written; a row whose declaration
 * number is stored with the same values is left out as unchanged (a
 * re-imported export writes nothing and the job says "no changes"); then the rows, their
 * rollups, the job's end and an audit entry are written in one transaction.
 * A refused file ends the job as failed with its report (row, column,
 * message), audited, and nothing else written.
 */
export async function processDeclarationImport(
  db: Db,
  input: { jobId: string; bytes: Uint8Array; actor: { merchantId: string; userId: string | null }; today: string },
): Promise<ImportOutcome> {
  const { jobId, actor } = input;
  const merchant = await findDeclaringMerchant(db, actor.merchantId);
  if (!merchant) return failImport(db, jobId, [{ row: 0, column: "", message: "declarations.forbidden" }]);
  const read = await readRows(input.bytes, input.today);
  if ("fileIssue" in read) return failImport(db, jobId, [read.fileIssue]);
  await db.importJob.update({
    where: { id: jobId },
    data: { status: "VALIDATING", totalRows: read.rows, validatedRows: read.rows, writtenRows: 0 },
  });

  const outcome = await db.$transaction(
    async (tx) => {
      // Write first: on SQLite the transaction then waits its turn behind another worker's import (see runImport).
      await tx.importJob.update({ where: { id: jobId }, data: { status: "WRITING" } });
      const errors = [...read.errors];
      const prepared = await prepareDeclarations(
        tx,
        merchant,
        read.valid.map((v) => v.values),
        { skipUnchanged: true },
      );
      if (!prepared.ok) {
        for (const { index, fields } of prepared.errors) {
          const { line, cells } = read.valid[index];
          for (const [field, issue] of Object.entries(fields))
            errors.push(issueOf(line, cells[field] ?? { column: field, value: "" }, issue));
        }
      }
      if (errors.length || !prepared.ok) return { ok: false, errors } as const;
      const rows = prepared.rows;
      await tx.declaration.createMany({ data: rows.map((r) => declarationRecord(r, merchant.id, actor.userId)) });
      await applyRollupDeltas(
        tx,
        rows.map((r) => deltaOf(r, merchant)),
      );
      await tx.importJob.update({
        where: { id: jobId },
        data: { status: "DONE", writtenRows: rows.length, finishedAt: new Date() },
      });
      const totalFen = rows.reduce((s, r) => s + r.valueFen, 0n);
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "declaration.import",
        entityType: "ImportJob",
        entityId: jobId,
        details: {
          merchantId: merchant.id,
          rows: rows.length,
          unchanged: prepared.unchanged,
          valueFen: totalFen.toString(),
        },
      });
      return { ok: true, written: rows.length } as const;
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
  if (outcome.ok) return outcome;

  // Nothing was written; the attempt and its report are kept for the merchant.
  const failed = await failImport(db, jobId, outcome.errors);
  await recordAudit(db, {
    actorId: actor.userId,
    action: "declaration.import_failed",
    entityType: "ImportJob",
    entityId: jobId,
    details: { rows: read.rows, errors: outcome.errors.length },
  });
  return failed;
}
