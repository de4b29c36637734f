// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import type { DbOrTx } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { issueTranslator, parseIssues } from "./report";
import { lookupId } from "@/lib/validation/text";

export function createImportJob(
  db: DbOrTx,
  input: { merchantId: string; kind: string; fileName: string; createdById: string | null },
) {
  return db.importJob.create({ data: { ...input, fileName: input.fileName.slice(0, 200) }, select: { id: true } });
}

/** A job of the merchant's, or null: another merchant's job id finds nothing. */
export function getImportJob(db: DbOrTx, merchantId: string, id: string, kind: string) {
  // The uploaded file stays on the row while the job waits; nobody reading the job needs it.
  return db.importJob.findFirst({ where: { id: lookupId(id), merchantId, kind }, omit: { payload: true } });
}

export function listImportJobs(db: DbOrTx, merchantId: string, kind: string, take = 10) {
  return db.importJob.findMany({
    where: { merchantId, kind },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fileName: true,
      status: true,
      totalRows: true,
      writtenRows: true,
      errorCount: true,
      createdAt: true,
    },
  });
}

/** How many problems the page lists; the downloadable report holds them all. */
const SHOWN_ISSUES = 200;

export type ImportJobView = {
  id: string;
  status: "QUEUED" | "VALIDATING" | "FAILED" | "WRITING" | "DONE";
  fileName: string;
  totalRows: number;
  validatedRows: number;
  writtenRows: number;
  errorCount: number;
  finished: boolean;
  issues: { row: number; column: string; message: string; value: string }[];
};

/** What the progress view shows and polls, with the messages in the reader's language. */
export function importJobView(
  job: {
    id: string;
    status: ImportJobView["status"];
    fileName: string;
    totalRows: number;
    validatedRows: number;
    writtenRows: number;
    errorCount: number;
    errorReport: string | null;
  },
  locale: Locale,
): ImportJobView {
  const message = issueTranslator(locale);
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    totalRows: job.totalRows,
    validatedRows: job.validatedRows,
    writtenRows: job.writtenRows,
    errorCount: job.errorCount,
    finished: job.status === "DONE" || job.status === "FAILED",
    issues: parseIssues(job.errorReport)
      .slice(0, SHOWN_ISSUES)
      .map((i) => ({ row: i.row, column: i.column, message: message(i), value: i.value ?? "" })),
  };
}
