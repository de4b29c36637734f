import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { FilterActions, FilterForm, FilterInput, FilterSelect } from "@/components/forms/filter-fields";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { requirePageUser } from "@/lib/server/auth/guards";
import { readReplica } from "@/lib/server/db";
import { AUDIT_ACTIONS } from "@/lib/server/audit/audit-actions";
import { actionLabel, detailPairs, type AuditTranslator } from "@/lib/server/audit/describe-entry";
import { AUDIT_LIST, AuditFilters, searchAudit } from "@/lib/server/audit/search-audit";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("auditLog");
  return { title: t("title") };
}

/** The audit log for staff (every entry) and a park operator (its park's), searchable, paged and exportable. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/audit");
  const raw = firstValues(await searchParams);
  const filters = AuditFilters.parse(raw);
  const query = parseListQuery(AUDIT_LIST, raw);
  const [tNext, ts, locale] = await Promise.all([
    getTranslations("auditLog"),
    getTranslations("globalSearch.errors"),
    getUiLocale(),
  ]);
  const t = tNext as unknown as AuditTranslator;
  // A list nobody has just written to: a read replica may answer it (lib/server/db.ts).
  const result = await searchAudit(readReplica(), user, filters, query);
  const links = listLinks("/admin/audit", filters, AUDIT_LIST, query);
  return (
    <>
      <PageHeading title={t("title")} lead={user.role === "STAFF" ? t("lead") : t("leadOperator")} />
      <FilterForm label={t("filters.legend")} columns={6}>
        <FilterInput
          id="f-actor"
          name="actor"
          label={t("filters.actor")}
          type="search"
          defaultValue={filters.actor}
          maxLength={100}
        />
        <FilterSelect
          id="f-action"
          name="action"
          label={t("filters.action")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))}
          defaultValue={filters.action}
          all={t("filters.allActions")}
        />
        <FilterInput
          id="f-merchant"
          name="merchant"
          label={t("filters.merchant")}
          type="search"
          defaultValue={filters.merchant}
          maxLength={100}
        />
        <FilterInput id="f-from" name="from" label={t("filters.from")} type="date" defaultValue={filters.from} />
        <FilterInput id="f-to" name="to" label={t("filters.to")} type="date" defaultValue={filters.to} />
        <ListStateFields spec={AUDIT_LIST} query={query} />
        <FilterActions apply={t("filters.apply")} reset={{ href: "/admin/audit", label: t("filters.reset") }} />
      </FilterForm>

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-600" aria-live="polite">
          {t("count", { count: result.total })}
        </p>
        <ExportLink href={links.exportHref("/admin/audit/export")} total={result.total} cap={EXPORT_ROW_CAP} />
      </div>
      {result.items.length === 0 ? (
        <EmptyState>{result.tooBroad ? ts("tooBroad") : t("empty")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            { key: "time", label: t("columns.time"), sort: links.sort("time") },
            { key: "actor", label: t("columns.actor"), sort: links.sort("actor") },
            { key: "action", label: t("columns.action"), sort: links.sort("action") },
            { key: "company", label: t("columns.company") },
            { key: "details", label: t("columns.details") },
          ]}
          bodyClassName="align-top"
        >
          {result.items.map((e) => (
            <tr key={e.id}>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(e.createdAt, locale)}</td>
              <td className="min-w-44 px-3 py-2">
                {e.actor ? (
                  <>
                    <span className="block">{e.actor.name}</span>
                    <span className="block text-xs break-all text-slate-500">{e.actor.email}</span>
                    <span className="block text-xs text-slate-500">{t(`roles.${e.actor.role}`)}</span>
                  </>
                ) : (
                  <span className="text-slate-500">{t("system")}</span>
                )}
              </td>
              <th scope="row" className="min-w-48 px-3 py-2 text-left font-medium">
                {actionLabel(t, e.action)}
                <span className="block font-mono text-xs font-normal text-slate-500">
                  {t("record", { type: e.entityType, id: e.entityId })}
                </span>
                {e.reason ? (
                  <span className="block text-xs font-normal text-slate-700">{t("reason", { reason: e.reason })}</span>
                ) : null}
              </th>
              <td className="min-w-44 px-3 py-2">
                {e.merchant ? (
                  <>
                    <Link href={`/admin/merchants/${e.merchant.id}`} className="text-brand-700 underline">
                      {localized(e.merchant, "name", locale)}
                    </Link>
                    <span className="block font-mono text-xs text-slate-500">{e.merchant.uscc}</span>
                  </>
                ) : null}
              </td>
              <td className="min-w-64 px-3 py-2">
                <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                  {detailPairs(t, e.details).map((p) => (
                    <div key={p.key} className="contents">
                      <dt className="text-slate-500">{p.label}</dt>
                      <dd className="break-all">{p.value}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager paging={result} links={links} />
    </>
  );
}
