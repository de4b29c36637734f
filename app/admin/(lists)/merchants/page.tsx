import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { MerchantStatusBadge } from "@/components/review/merchant-status-badge";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listReviewQueue, QueueFilters } from "@/lib/server/merchants/review-queue";
import { getCompanyFormOptions } from "@/lib/server/merchants/form-options";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

const STATUS_OPTIONS = ["PENDING", "REVISION_REQUESTED", "APPROVED", "REJECTED", "SUSPENDED", "ALL"] as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/merchants");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = QueueFilters.parse(raw);
  const [t, locale] = await Promise.all([getTranslations("review"), getUiLocale()]);
  const [queue, options] = await Promise.all([listReviewQueue(user, filters), getCompanyFormOptions(locale)]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, page })) if (v !== undefined && v !== "") params.set(k, String(v));
    return `/admin/merchants?${params}`;
  };
  const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <form method="get" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("filters.legend")}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
          <div>
            <label htmlFor="f-q" className="text-sm font-medium">{t("filters.search")}</label>
            <input id="f-q" type="search" name="q" defaultValue={filters.q} maxLength={100} className={input} />
          </div>
          <div>
            <label htmlFor="f-status" className="text-sm font-medium">{t("filters.status")}</label>
            <select id="f-status" name="status" defaultValue={filters.status} className={input}>
              {STATUS_OPTIONS.map((s) => (
                <option key={s} value={s}>{t(`filters.statuses.${s}`)}</option>
              ))}
            </select>
          </div>
          {user.role === "STAFF" ? (
            <div>
              <label htmlFor="f-park" className="text-sm font-medium">{t("filters.park")}</label>
              <select id="f-park" name="park" defaultValue={filters.park ?? ""} className={input}>
                <option value="">{t("filters.allParks")}</option>
                {options.parkOptions.map((p) => (
                  <option key={p.value} value={p.value}>{p.label}</option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor="f-from" className="text-sm font-medium">{t("filters.from")}</label>
            <input id="f-from" type="date" name="from" defaultValue={filters.from} className={input} />
          </div>
          <div>
            <label htmlFor="f-to" className="text-sm font-medium">{t("filters.to")}</label>
            <input id="f-to" type="date" name="to" defaultValue={filters.to} className={input} />
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
              {t("filters.apply")}
            </button>
            <Link href="/admin/merchants" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
              {t("filters.reset")}
            </Link>
          </div>
        </div>
      </form>

      <p className="mb-2 text-sm text-slate-600" aria-live="polite">{t("count", { count: queue.total })}</p>
      {queue.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable padding="px-4 py-2" columns={(["company", "uscc", "park", "status", "submitted"] as const).map((c) => ({ key: c, label: t(`columns.${c}`) }))}>
          {queue.items.map((m) => (
            <tr key={m.id} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link href={`/admin/merchants/${m.id}`} className="text-brand-700 underline">
                  {localized(m, "name", locale)}
                </Link>
              </th>
              <td className="px-4 py-2 font-mono text-xs">{m.uscc}</td>
              <td className="px-4 py-2">{localized(m.park, "name", locale)}</td>
              <td className="px-4 py-2"><MerchantStatusBadge merchant={m} /></td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(m.submittedAt, locale)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager
        page={queue.page}
        pages={queue.pages}
        href={pageHref}
        labels={{ previous: t("previous"), next: t("next"), position: t("page", { page: queue.page, pages: queue.pages }) }}
      />
    </>
  );
}
