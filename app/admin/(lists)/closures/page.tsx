import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/forms/decision-form";
import { FormAlert } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { PageHeading } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { firstValues } from "@/lib/forms/search-params";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { listLinks, parseListQuery } from "@/lib/paging";
import { actorOf } from "@/lib/server/auth/actor";
import { requirePageUser } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import {
  CLOSURE_LIST,
  CLOSURE_STATUSES,
  closureStatusFilter,
  listClosureRequests,
} from "@/lib/server/privacy/closure-queue";
import { shanghaiDay } from "@/lib/time/shanghai";
import { completeClosureAction, rejectClosureAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("privacyRights.queue");
  return { title: t("title") };
}

const DONE = ["completed", "rejected"] as const;

export default async function ClosureRequestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Commission staff only: a park operator is sent to its home, as on /admin/jobs.
  const user = await requirePageUser(["STAFF"], "/admin/closures");
  const sp = firstValues(await searchParams);
  const query = parseListQuery(CLOSURE_LIST, sp);
  const status = closureStatusFilter(sp.status);
  const [t, locale, list] = await Promise.all([
    getTranslations("privacyRights.queue"),
    getUiLocale(),
    listClosureRequests(db, actorOf(user), query, status),
  ]);
  const links = listLinks(
    "/admin/closures",
    { status: status === "PENDING" ? undefined : status },
    CLOSURE_LIST,
    query,
  );
  const done = DONE.find((d) => d === sp.done);
  const today = shanghaiDay(new Date());
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6 max-w-3xl text-sm text-slate-600">{t("deadlineHelp")}</p>
      {done ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t(`done.${done}`)} />
        </div>
      ) : null}
      <nav aria-label={t("filterLabel")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {CLOSURE_STATUSES.map((s) => (
          <Link
            key={s}
            href={s === "PENDING" ? "/admin/closures" : `/admin/closures?status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className="rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium"
          >
            {t(`statuses.${s}`)}
          </Link>
        ))}
      </nav>
      {/* The count heads a list; an empty one has the empty state alone, not "no requests" said twice. */}
      {list.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t("count", { count: list.paging.total })}</p>
          <ul className="space-y-4">
            {list.rows.map((r) => {
              const membership = r.user.membership;
              const merchantName = membership
                ? (locale === "en" && membership.merchant.nameEn) || membership.merchant.nameZh
                : null;
              const company = membership
                ? t("companyWithRole", { company: merchantName ?? "", role: t(`roles.${membership.role}`) })
                : t("noCompany");
              const overdue = r.status === "PENDING" && r.dueDay < today;
              return (
                <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                  <h2 className="font-semibold break-words">
                    {r.user.name} <span className="font-normal text-slate-600">· {t(`roles.${r.user.role}`)}</span>
                  </h2>
                  <p className="break-all text-slate-600">{r.user.email}</p>
                  <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    <dt className="text-slate-600">{t("columns.company")}</dt>
                    <dd className="break-words">{company}</dd>
                    <dt className="text-slate-600">{t("columns.requested")}</dt>
                    <dd className="tabular-nums">{formatDateTime(r.requestedAt, locale)}</dd>
                    <dt className="text-slate-600">{t("columns.due")}</dt>
                    <dd className="tabular-nums">
                      {formatDay(r.dueDay, locale) ?? r.dueDay}{" "}
                      {overdue ? <Badge tone="bad">{t("overdue")}</Badge> : null}
                    </dd>
                    {r.decidedAt ? (
                      <>
                        <dt className="text-slate-600">{t("columns.decided")}</dt>
                        <dd className="tabular-nums">{formatDateTime(r.decidedAt, locale)}</dd>
                      </>
                    ) : null}
                  </dl>
                  {r.reason ? <p className="mt-2 break-words">{t("rejectedReason", { reason: r.reason })}</p> : null}
                  {r.status === "PENDING" ? (
                    <div className="mt-3 grid items-start gap-3 md:grid-cols-2">
                      <DecisionForm
                        action={completeClosureAction}
                        fields={{ requestId: r.id }}
                        label={t("complete")}
                        tone="danger"
                      />
                      <DecisionForm
                        action={rejectClosureAction}
                        fields={{ requestId: r.id }}
                        label={t("reject")}
                        reasonLabel={t("reasonLabel")}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Pager paging={list.paging} links={links} />
    </>
  );
}
