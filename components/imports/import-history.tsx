import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { listImportJobs } from "@/lib/server/imports/jobs";

type Job = Awaited<ReturnType<typeof listImportJobs>>[number];

/** A merchant's latest imports of one kind, each linking to its job page under `base`. */
export async function ImportHistory({ jobs, base, locale }: { jobs: Job[]; base: string; locale: Locale }) {
  const [ti, tq] = await Promise.all([getTranslations("imports"), getTranslations("importQueue")]);
  return (
    <Card title={ti("history.title")} className="mt-6">
      {jobs.length === 0 ? (
        <p className="text-sm text-slate-600">{ti("history.empty")}</p>
      ) : (
        <DataTable
          boxed={false}
          head="ruled"
          columns={[
            { key: "file", label: ti("history.file") },
            { key: "when", label: ti("history.when") },
            { key: "status", label: ti("history.status") },
            { key: "rows", label: ti("history.rows"), className: "text-right" },
          ]}
        >
          {jobs.map((job) => (
            <tr key={job.id}>
              <td className="px-3 py-2 break-all">
                <Link href={`${base}/${job.id}`} className="text-brand-700 underline">
                  {job.fileName}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(job.createdAt, locale)}</td>
              <td className="px-3 py-2">{job.status === "QUEUED" ? tq("status") : ti(`status.${job.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatNumber(job.totalRows, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
