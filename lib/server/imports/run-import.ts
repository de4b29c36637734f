// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { Db, Tx } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/provider";
import { serializeIssues, type ImportIssue } from "./report";

export type RowCheck<T> = { ok: true; value: T } | { ok: false; issues: Omit<ImportIssue, "row">[] };

export type ImportSpec<T> = {
  jobId: string;
  /** The data rows and each one's row number in the file. */
  rows: readonly (readonly string[])[];
  rowNumbers: readonly number[];
  /** Checks one row on its own; returns its value or its problems. */
  validateRow: (row: readonly string[], rowNumber: number) => RowCheck<T>;
  /** Checks across rows once every row is valid (a code given twice, say). */
  checkAll?: (values: readonly { row: number; value: T }[]) => ImportIssue[];
  /**
   * Writes every value inside the one transaction; reports how many are written as it goes.
   * May return how many rows it wrote, when it leaves some alone (unchanged ones); else all are.
   */
  writeRows: (tx: Tx, values: T[], progress: (written: number) => Promise<void>) => Promise<number | void>;
};

export type ImportOutcome = { ok: true; written: number } | { ok: false; errorCount: number };

/** How many problems a report keeps; the count says how many there were. */
export const MAX_REPORTED_ISSUES = 5_000;
const PROGRESS_EVERY = 1_000;

/** Ends a job as failed with a report, writing nothing else. */
export async function failImport(
  db: Db,
  jobId: string,
  issues: readonly ImportIssue[],
  errorCount = issues.length,
): Promise<ImportOutcome> {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  await db.importJob.update({
    where: { id: jobId },
    data: {
      status: "FAILED",
      // Nothing of a failed job is written, whatever its progress said.
      writtenRows: 0,
      errorCount,
      errorReport: serializeIssues(sorted.slice(0, MAX_REPORTED_ISSUES)),
      finishedAt: new Date(),
    },
  });
  return { ok: false, errorCount };
}

/**
 * A CSV import, all or nothing. Every row is validated first; if any is bad
 * the job fails with a report (row, column, message) and nothing is written.
 * Otherwise every row is written in ONE transaction, which also marks the job
 * done. validatedRows and writtenRows move as it goes, for a progress bar.
 * Reusable by any import: it knows rows, not what they hold.
 */
export async function runImport<T>(db: Db, spec: ImportSpec<T>): Promise<ImportOutcome> {
  const { jobId, rows } = spec;
  const total = rows.length;
  await db.importJob.update({
    where: { id: jobId },
    data: { status: "VALIDATING", totalRows: total, validatedRows: 0, writtenRows: 0 },
  });

  const issues: ImportIssue[] = [];
  let errorCount = 0;
  const values: { row: number; value: T }[] = [];
  for (let i = 0; i < total; i++) {
    const row = spec.rowNumbers[i];
    const check = spec.validateRow(rows[i], row);
    if (check.ok) values.push({ row, value: check.value });
    else {
      errorCount += check.issues.length;
      if (issues.length < MAX_REPORTED_ISSUES) issues.push(...check.issues.map((issue) => ({ row, ...issue })));
    }
    if ((i + 1) % PROGRESS_EVERY === 0)
      await db.importJob.update({ where: { id: jobId }, data: { validatedRows: i + 1 } });
  }
  if (!errorCount && spec.checkAll) {
    const crossRow = spec.checkAll(values);
    errorCount += crossRow.length;
    issues.push(...crossRow);
  }
  await db.importJob.update({ where: { id: jobId }, data: { validatedRows: total } });
  if (errorCount) return failImport(db, jobId, issues, errorCount);

  await db.importJob.update({ where: { id: jobId }, data: { status: "WRITING" } });
  let written = total;
  try {
    await db.$transaction(
      async (tx) => {
        // On SQLite, write first: the transaction then waits its turn behind an
        // import writing from another worker thread, where a read first would
        // fail as soon as that one commits (a stale snapshot cannot upgrade).
        if (providerOf(tx) === "sqlite") await tx.importJob.update({ where: { id: jobId }, data: { writtenRows: 0 } });
        // Progress goes through the main client: on PostgreSQL it commits at
        // once for the poller; on SQLite the one connection already sees it.
        const count = await spec.writeRows(
          tx,
          values.map((v) => v.value),
          async (done) => void (await db.importJob.update({ where: { id: jobId }, data: { writtenRows: done } })),
        );
        if (typeof count === "number") written = count;
        await tx.importJob.update({
          where: { id: jobId },
          data: { status: "DONE", writtenRows: written, finishedAt: new Date() },
        });
      },
      { maxWait: 30_000, timeout: 30 * 60_000 },
    );
  } catch (error) {
    console.error(
      `[import] job ${jobId} failed while writing; nothing was written:`,
      error instanceof Error ? error.message : error,
    );
    return failImport(db, jobId, [{ row: 0, column: "", message: "imports.issues.writeFailed" }]);
  }
  return { ok: true, written };
}
