import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { ADMIN_EVENT_LIST, countEventsForAdmin, exportEventsForAdmin } from "@/lib/server/events/admin-events";
import { EventListFilters } from "@/lib/validation/event";
import { getUiLocale } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";

/**
 * The admin event list as filtered and sorted on the page, every event (at
 * most EXPORT_ROW_CAP, otherwise refused), as CSV with a BOM and no formulas.
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
  const body = toCsv(
    [
      tl("titleZh"),
      tl("titleEn"),
      tl("slug"),
      t("date"),
      tl("ends"),
      t("belt"),
      t("status"),
      tl("capacity"),
      t("seats"),
      t("waitlist"),
    ],
    rows.map((e) => [
      e.titleZh,
      e.titleEn,
      e.slug,
      formatDateTime(e.startsAt, locale),
      formatDateTime(e.endsAt, locale),
      te(`belts.${e.belt}`),
      te(`status.${e.status}`),
      e.capacity,
      e.seatsTaken,
      e._count.signups,
    ]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(body, `${tl("fileNames.events")}-${stamp}.csv`);
}
