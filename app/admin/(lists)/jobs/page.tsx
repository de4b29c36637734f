import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { firstValues } from "@/lib/forms/search-params";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { listLinks, parseListQuery } from "@/lib/paging";
import { actorOf } from "@/lib/server/auth/actor";
import { requirePageUser } from "@/lib/server/auth/guards";
import { JOB_LIST, jobStateFilter, listJobs } from "@/lib/server/jobs/admin-jobs";
import { JOB_STATES, type JobState } from "@/lib/server/jobs/types";
import { rebuildRollupsAction, retryJobAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("adminJobs");
  return { title: t("title") };
}

const TONE: Record<JobState, "neutral" | "good" | "warn" | "bad" | "info"> = {
  created: "neutral",
  retry: "warn",
  active: "info",
  completed: "good",
  cancelled: "neutral",
  failed: "bad",
};
const DONE = ["retried", "rebuild"] as const;

/** What a retention job deleted, kind by kind (lib/server/privacy/retention-job.ts). */
function RetentionReport({
  counts,
  t,
}: {
  counts: Record<string, number | undefined>;
  t: Awaited<ReturnType<typeof getTranslations<"privacyRetention.report">>>;
}) {
  const deleted = Object.entries(counts).filter(([, n]) => (n ?? 0) > 0);
  return (
    <span className="mt-1 block text-xs font-normal text-slate-700">
      {deleted.length === 0
        ? t("nothing")
        : t("deleted", {
            list: deleted
              .map(([kind, n]) => t(`kinds.${kind}` as "kinds.sessions", { count: n! }))
              .join(t("separator")),
          })}
    </span>
  );
}

export default async function JobsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF"], "/admin/jobs");
  const sp = firstValues(await searchParams);
  const query = parseListQuery(JOB_LIST, sp);
  const state = jobStateFilter(sp.state);
  const [t, tReport, locale, list] = await Promise.all([
    getTranslations("adminJobs"),
    getTranslations("privacyRetention.report"),
    getUiLocale(),
    listJobs(actorOf(user), query, state),
  ]);
  const links = listLinks("/admin/jobs", { state }, JOB_LIST, query);
  const done = DONE.find((d) => d === sp.done);
  const name = (n: string) => (t.has(`names.${n}`) ? t(`names.${n}`) : n);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : t("notYet"));
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {done ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t(`done.${done}`)} />
        </div>
      ) : sp.error === "notRetried" ? (
        <div className="mb-6">
          <FormAlert tone="error" message={t("errors.notRetried")} />
        </div>
      ) : null}
      <Card title={t("rebuild.title")} className="mb-8">
        <p className="mb-3 text-sm text-slate-700">{t("rebuild.body")}</p>
        <form action={rebuildRollupsAction}>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
            {t("rebuild.button")}
          </button>
        </form>
      </Card>
      <nav aria-label={t("filterLabel")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {[undefined, ...JOB_STATES].map((s) => (
          <Link
            key={s ?? "all"}
            href={s ? `/admin/jobs?state=${s}` : "/admin/jobs"}
            aria-current={s === state ? "page" : undefined}
            className="rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium"
          >
            {t(`states.${s ?? "all"}`)}
          </Link>
        ))}
      </nav>
      <p className="mb-2 text-sm text-slate-600">
        {t("count", { count: list.paging.total })} · {t("backend", { backend: list.backend })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          scrollLabel={t("scrollLabel")}
          bodyClassName="align-top"
          columns={[
            { key: "job", label: t("columns.job") },
            { key: "state", label: t("columns.state") },
            { key: "attempts", label: t("columns.attempts"), className: "text-right" },
            { key: "created", label: t("columns.created"), sort: links.sort("created") },
            { key: "finished", label: t("columns.finished") },
            { key: "error", label: t("columns.error") },
            { key: "actions", label: t("columns.actions") },
          ]}
        >
          {list.rows.map((job) => (
            <tr key={job.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {name(job.name)}
                <span className="block font-mono text-xs font-normal break-all text-slate-500">{job.id}</span>
                {list.reports.has(job.id) ? <RetentionReport counts={list.reports.get(job.id)!} t={tReport} /> : null}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">
                <Badge tone={TONE[job.state]}>{t(`states.${job.state}`)}</Badge>
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                {t("attempts", {
                  done: formatNumber(job.retryCount + (job.startedOn ? 1 : 0), locale),
                  limit: formatNumber(job.retryLimit + 1, locale),
                })}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{when(job.createdOn)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {when(job.startedOn)}
                <span className="block text-xs text-slate-500">{when(job.completedOn)}</span>
              </td>
              <td className="max-w-72 px-3 py-2 text-xs break-words text-slate-700">{job.lastError ?? t("notYet")}</td>
              <td className="px-3 py-2">
                {job.state === "failed" ? (
                  <form action={retryJobAction}>
                    <input type="hidden" name="jobId" value={job.id} />
                    <button type="submit" className="text-brand-700 underline">
                      {t("retry")}
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={list.paging} links={links} />
    </>
  );
}
