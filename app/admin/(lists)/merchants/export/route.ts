import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { auditRead } from "@/lib/server/audit/audit-read";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { countReviewQueue, exportReviewQueue, QUEUE_LIST, QueueFilters } from "@/lib/server/merchants/review-queue";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";

/**
 * The review queue as filtered and sorted on the page, every merchant (at
 * most EXPORT_ROW_CAP, otherwise refused), as CSV with a BOM and no formulas,
 * or as an .xlsx workbook (`?format=xlsx`, the USCC as text, times as dates).
 * An operator gets its park's merchants only, whatever park the URL names.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = QueueFilters.parse(params);
  const query = parseListQuery(QUEUE_LIST, params);
  const refused = await refuseExport(db, "reviewQueue", who.user.id, () => countReviewQueue(who.user, filters));
  if (refused) return refused;
  await auditRead(db, who.user, { action: "review_queue.export", filters });
  const [t, ts, tl, locale] = await Promise.all([
    getTranslations("review.columns"),
    getTranslations("status"),
    getTranslations("lists.csv"),
    getUiLocale(),
  ]);
  const rows = await exportReviewQueue(who.user, filters, query, locale, EXPORT_ROW_CAP);
  const columns = [
    { header: tl("nameZh") },
    { header: tl("nameEn") },
    { header: t("uscc"), kind: "code" },
    { header: t("park") },
    { header: t("status") },
    { header: tl("suspended") },
    { header: t("submitted"), kind: "datetime" },
    { header: tl("reviewed"), kind: "datetime" },
  ] as const;
  const lines = rows.map((m) => [
    m.nameZh,
    m.nameEn,
    m.uscc,
    localized(m.park, "name", locale),
    ts(`verification.${m.verificationStatus}`),
    m.accountState === "SUSPENDED" ? ts("account.SUSPENDED") : "",
    m.submittedAt,
    m.reviewedAt ?? "",
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return tableResponse(tableFormatOf(request), {
    columns,
    rows: lines,
    baseName: `${tl("fileNames.reviewQueue")}-${stamp}`,
    locale,
  });
}
