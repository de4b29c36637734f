import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { auditRead } from "@/lib/server/audit/audit-read";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { countReviewQueue, exportReviewQueue, QUEUE_LIST, QueueFilters } from "@/lib/server/merchants/review-queue";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";

/**
 * The review queue as filtered and sorted on the page, every merchant (at
 * most EXPORT_ROW_CAP, otherwise refused), as CSV with a BOM and no formulas.
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
  const body = toCsv(
    [tl("nameZh"), tl("nameEn"), t("uscc"), t("park"), t("status"), tl("suspended"), t("submitted"), tl("reviewed")],
    rows.map((m) => [
      m.nameZh,
      m.nameEn,
      m.uscc,
      localized(m.park, "name", locale),
      ts(`verification.${m.verificationStatus}`),
      m.accountState === "SUSPENDED" ? ts("account.SUSPENDED") : "",
      formatDateTime(m.submittedAt, locale),
      m.reviewedAt ? formatDateTime(m.reviewedAt, locale) : "",
    ]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(body, `${tl("fileNames.reviewQueue")}-${stamp}.csv`);
}
