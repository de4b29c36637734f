import "server-only";
import type { Db } from "@/lib/db/create-client";
import { decodeCsv, mapColumns, parseCsv } from "@/lib/csv/parse";
import { toCsv } from "@/lib/csv/write";
import { declarationSchema, type DeclarationValues } from "@/lib/validation/declaration";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { applyRollupDeltas, deltaOf } from "./rollups";
import { declarationRecord, findDeclaringMerchant, prepareDeclarations, type FieldIssue } from "./prepare-declarations";
import type { DeclarationActor } from "./create-declaration";

export const DECLARATION_IMPORT_MAX_ROWS = 5_000;

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

export type ImportIssue = { line: number; field: string; issue: FieldIssue };
export type ImportDeclarationsResult =
  | { ok: true; jobId: string; written: number; totalFen: bigint }
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "file"; issue: FieldIssue }
  | { ok: false; reason: "rows"; jobId: string; totalRows: number; errors: ImportIssue[] };

type Options = { today: string; fileName: string; describe: (issue: ImportIssue) => [column: string, message: string] };

type ReadRows =
  | { fileIssue: FieldIssue }
  | { rows: number; valid: { line: number; values: DeclarationValues }[]; errors: ImportIssue[] };

/** Reads every row first; anything wrong in any row means nothing is written. */
function readRows(bytes: Uint8Array, today: string): ReadRows {
  const parsed = parseCsv(decodeCsv(bytes));
  const mapped = mapColumns(parsed.header, DECLARATION_COLUMNS, REQUIRED);
  if (!mapped.ok)
    return {
      fileIssue: {
        key: "missingColumns",
        values: { columns: mapped.missing.map((c) => DECLARATION_COLUMNS[c][0]).join(", ") },
      },
    };
  if (!parsed.rows.length) return { fileIssue: { key: "emptyFile" } };
  if (parsed.rows.length > DECLARATION_IMPORT_MAX_ROWS)
    return { fileIssue: { key: "tooManyRows", values: { max: String(DECLARATION_IMPORT_MAX_ROWS) } } };
  const schema = declarationSchema(today);
  const errors: ImportIssue[] = [];
  const valid: { line: number; values: DeclarationValues }[] = [];
  parsed.rows.forEach((cells, i) => {
    const line = parsed.rowNumbers?.[i] ?? i + 2;
    const raw = Object.fromEntries(
      (Object.keys(DECLARATION_COLUMNS) as Column[]).map((c) => [
        c,
        mapped.index[c] >= 0 ? (cells[mapped.index[c]] ?? "") : "",
      ]),
    );
    const result = schema.safeParse(raw);
    if (result.success) return void valid.push({ line, values: result.data });
    const fields = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "row");
      if (fields.has(field)) continue;
      fields.add(field);
      errors.push({ line, field, issue: { key: issue.message } });
    }
  });
  return { rows: parsed.rows.length, valid, errors };
}

/**
 * Imports a merchant's CSV file of declarations all or nothing: every row is
 * checked (format, rates, the 1039 rules, duplicates) before anything is
 * written; then the rows, their rollups, the job and an audit entry are
 * written in one transaction.
 */
export async function importDeclarations(
  db: Db,
  actor: DeclarationActor,
  bytes: Uint8Array,
  options: Options,
): Promise<ImportDeclarationsResult> {
  const merchant = await findDeclaringMerchant(db, actor.merchantId);
  if (!merchant) return { ok: false, reason: "forbidden" };
  const read = readRows(bytes, options.today);
  if ("fileIssue" in read) return { ok: false, reason: "file", issue: read.fileIssue };
  const job = {
    merchantId: merchant.id,
    kind: "DECLARATION",
    fileName: options.fileName.slice(0, 200),
    totalRows: read.rows,
    createdById: actor.userId,
  };

  const outcome = await db.$transaction(
    async (tx) => {
      const errors = [...read.errors];
      const prepared = await prepareDeclarations(
        tx,
        merchant,
        read.valid.map((v) => v.values),
      );
      if (!prepared.ok) {
        for (const { index, fields } of prepared.errors) {
          for (const [field, issue] of Object.entries(fields))
            errors.push({ line: read.valid[index].line, field, issue });
        }
      }
      if (errors.length || !prepared.ok) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) } as const;
      const rows = prepared.rows;
      const created = await tx.importJob.create({ data: { ...job, status: "WRITING", validatedRows: rows.length } });
      await tx.declaration.createMany({ data: rows.map((r) => declarationRecord(r, merchant.id, actor.userId)) });
      await applyRollupDeltas(
        tx,
        rows.map((r) => deltaOf(r, merchant)),
      );
      await tx.importJob.update({
        where: { id: created.id },
        data: { status: "DONE", writtenRows: rows.length, finishedAt: new Date() },
      });
      const totalFen = rows.reduce((s, r) => s + r.valueFen, 0n);
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "declaration.import",
        entityType: "ImportJob",
        entityId: created.id,
        details: { merchantId: merchant.id, rows: rows.length, valueFen: totalFen.toString() },
      });
      return { ok: true, jobId: created.id, written: rows.length, totalFen } as const;
    },
    { timeout: 60_000 },
  );
  if (outcome.ok) return outcome;

  // Nothing was written; the attempt and its report are kept for the merchant.
  const { errors } = outcome;
  const report = toCsv(
    ["line", "column", "message"],
    errors.map((e) => [e.line, ...options.describe(e)]),
  );
  const failed = await db.$transaction(async (tx) => {
    const row = await tx.importJob.create({
      data: {
        ...job,
        status: "FAILED",
        validatedRows: read.rows,
        errorCount: errors.length,
        errorReport: report,
        finishedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "declaration.import_failed",
      entityType: "ImportJob",
      entityId: row.id,
      details: { rows: read.rows, errors: errors.length },
    });
    return row;
  });
  return { ok: false, reason: "rows", jobId: failed.id, totalRows: read.rows, errors };
}
