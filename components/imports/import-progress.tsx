"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { DataTable } from "@/components/ui/data-table";
import type { ImportJobView } from "@/lib/server/imports/jobs";

const POLL_MS = 700;

function Bar({
  id,
  label,
  done,
  total,
  text,
}: {
  id: string;
  label: string;
  done: number;
  total: number;
  text: string;
}) {
  const share = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span id={`${id}-label`} className="font-medium text-slate-800">
          {label}
        </span>
        <span className="text-slate-600 tabular-nums">{text}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={Math.min(done, Math.max(total, 1))}
        aria-valuetext={text}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-700 transition-[width] duration-500"
          style={{ width: `${share}%` }}
        />
      </div>
    </div>
  );
}

/**
 * An import job's progress, polled until it ends: rows validated, rows
 * written, then the outcome; a failed import lists its problems with a link
 * to the whole report as CSV.
 */
export function ImportProgress({
  initial,
  statusUrl,
  reportUrl,
  done,
  againHref,
}: {
  initial: ImportJobView;
  statusUrl: string;
  reportUrl: string;
  /** Where to go once the rows are in, e.g. the list they were imported into. */
  done: { href: string; label: string };
  againHref: string;
}) {
  const t = useTranslations("imports");
  const tq = useTranslations("importQueue");
  const tdq = useTranslations("dataQuality");
  const format = useFormatter();
  const [job, setJob] = useState(initial);

  useEffect(() => {
    if (job.finished) return;
    let active = true;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } });
        if (active && res.ok) setJob((await res.json()) as ImportJobView);
      } catch {
        // A missed poll is retried on the next tick.
      }
    }, POLL_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [job.finished, statusUrl]);

  const n = (value: number) => format.number(value);
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("statusLine", {
          file: job.fileName,
          status: job.status === "QUEUED" ? tq("status") : t(`status.${job.status}`),
        })}
      </p>
      {job.status === "QUEUED" ? <p className="text-sm text-slate-600">{tq("waiting")}</p> : null}
      <Bar
        id="validated"
        label={t("progress.validated")}
        done={job.validatedRows}
        total={job.totalRows}
        text={t("progress.rows", { done: n(job.validatedRows), total: n(job.totalRows) })}
      />
      <Bar
        id="written"
        label={t("progress.written")}
        done={job.writtenRows}
        total={job.totalRows}
        text={t("progress.rows", { done: n(job.writtenRows), total: n(job.totalRows) })}
      />
      {job.status === "DONE" ? (
        <div className="space-y-3">
          {/* Rows equal to what is stored are left alone: a file imported unchanged writes nothing. */}
          {job.writtenRows === 0 && job.totalRows > 0 ? (
            <FormAlert tone="success" message={tdq("noChanges")} />
          ) : (
            <FormAlert tone="success" message={t("done", { count: n(job.writtenRows) })} />
          )}
          {job.writtenRows > 0 && job.writtenRows < job.totalRows ? (
            <p className="text-sm text-slate-700">{tdq("unchangedRows", { count: job.totalRows - job.writtenRows })}</p>
          ) : null}
          <Link
            href={done.href}
            className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {done.label}
          </Link>
        </div>
      ) : null}
      {job.status === "FAILED" ? (
        <div className="space-y-4">
          <FormAlert message={t("failed", { count: n(job.errorCount) })} />
          <div className="flex flex-wrap gap-3 text-sm">
            <a
              href={reportUrl}
              className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
              download
            >
              {t("downloadReport")}
            </a>
            <Link href={againHref} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50">
              {t("tryAgain")}
            </Link>
          </div>
          <DataTable
            caption={
              job.errorCount > job.issues.length
                ? t("reportShown", { shown: n(job.issues.length), count: n(job.errorCount) })
                : t("reportTitle")
            }
            captionClassName="px-3 py-2 text-left font-medium text-slate-800"
            columns={(["row", "column", "message", "value"] as const).map((c) => ({ key: c, label: t(`report.${c}`) }))}
          >
            {job.issues.map((i, k) => (
              <tr key={k}>
                <td className="px-3 py-2 tabular-nums">{i.row || "—"}</td>
                <td className="px-3 py-2">{i.column || "—"}</td>
                <td className="px-3 py-2">{i.message}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">{i.value}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ) : null}
    </div>
  );
}
