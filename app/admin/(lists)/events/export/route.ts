import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import { ADMIN_EVENT_LIST, countEventsForAdmin, exportEventsForAdmin } from "@/lib/server/events/admin-events";
import { EventListFilters } from "@/lib/validation/event";
import { getUiLocale } from "@/lib/i18n/server";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";

/**
 * The admin event list as filtered and sorted on the page, every event (at
 * most EXPORT_ROW_CAP, otherwise refused), as CSV with a BOM and no formulas,
 * or as an .xlsx workbook (`?format=xlsx`, times as date cells in Beijing time).
 * Staff and operators see every event alike, as on the page.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const params = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const filters = EventListFilters.parse(params);
  const query = parseListQuery(ADMIN_EVENT_LIST, params);
  const refused = await refuseExport(db, "events", who.user.id, () => countEventsForAdmin(filters));
  if (refused) return refused;
  const [t, te, tl, locale] = await Promise.all([
    getTranslations("eventsAdmin.columns"),
    getTranslations("events"),
    getTranslations("lists.csv"),
    getUiLocale(),
  ]);
  const rows = await exportEventsForAdmin(filters, query, locale, EXPORT_ROW_CAP);
  const columns = [
    { header: tl("titleZh") },
    { header: tl("titleEn") },
    { header: tl("slug"), kind: "code" },
    { header: t("date"), kind: "datetime" },
    { header: tl("ends"), kind: "datetime" },
    { header: t("belt") },
    { header: t("status") },
    { header: tl("capacity"), kind: "integer" },
    { header: t("seats"), kind: "integer" },
    { header: t("waitlist"), kind: "integer" },
  ] as const;
  const lines = rows.map((e) => [
    e.titleZh,
    e.titleEn,
    e.slug,
    e.startsAt,
    e.endsAt,
    te(`belts.${e.belt}`),
    te(`status.${e.status}`),
    e.capacity,
    e.seatsTaken,
    e._count.signups,
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return tableResponse(tableFormatOf(request), {
    columns,
    rows: lines,
    baseName: `${tl("fileNames.events")}-${stamp}`,
    locale,
  });
}
