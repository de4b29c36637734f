import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { auditRead } from "@/lib/server/audit/audit-read";
import { allAttendees, ATTENDEE_LIST, attendeeStatusFrom, countAttendees } from "@/lib/server/events/attendees";
import { EXPORT_ROW_CAP, refuseExport } from "@/lib/server/exports/list-export";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import type { SheetColumnKind } from "@/lib/sheets/write";
import { firstValues } from "@/lib/forms/search-params";
import { parseListQuery } from "@/lib/paging";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { shanghaiStamp } from "@/lib/time/shanghai";
import { lookupId } from "@/lib/validation/text";

const COLUMNS = [
  "company",
  "uscc",
  "park",
  "platforms",
  "status",
  "seats",
  "attendees",
  "waitlistSeq",
  "interests",
  "signedUpAt",
  "checkedInAt",
] as const;
const KINDS: Partial<Record<(typeof COLUMNS)[number], SheetColumnKind>> = {
  uscc: "code",
  seats: "integer",
  waitlistSeq: "integer",
  signedUpAt: "datetime",
  checkedInAt: "datetime",
};

// The attendee list as filtered and sorted on the page, as CSV (with a BOM,
// formula-safe) or an .xlsx workbook (`?format=xlsx`), in the reader's language: every signup, at most
// EXPORT_ROW_CAP (more is refused, never cut short); an operator gets its own
// park's merchants only.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const { id } = await params;
  const event = await db.event.findUnique({ where: { id: lookupId(id) }, select: { id: true, slug: true } });
  if (!event) return Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const search = firstValues(Object.fromEntries(new URL(request.url).searchParams));
  const status = attendeeStatusFrom(search.status);
  const query = parseListQuery(ATTENDEE_LIST, search);
  const refused = await refuseExport(db, "attendees", who.user.id, () => countAttendees(who.user, event.id, status));
  if (refused) return refused;
  await auditRead(db, who.user, { action: "event.export_attendees", eventId: event.id });
  const locale = await getUiLocale();
  const [t, te, rows] = await Promise.all([
    getTranslations("eventsAdmin.csv"),
    getTranslations("events.signupStatus"),
    allAttendees(who.user, event.id, status, query, locale, EXPORT_ROW_CAP),
  ]);
  const sep = locale === "zh-CN" ? "、" : "; ";
  const lines = rows.map((r) => [
    localized(r.merchant, "name", locale),
    r.merchant.uscc,
    localized(r.merchant.park, "name", locale),
    r.merchant.platforms.map((p) => localized(p.platform, "name", locale)).join(sep),
    te(r.status),
    r.seats,
    r.names.join(sep),
    r.status === "WAITLISTED" ? (r.waitlistSeq ?? "") : "",
    r.interests.map((i) => localized(i.partner, "name", locale)).join(sep),
    r.createdAt,
    r.checkedInAt ?? "",
  ]);
  return tableResponse(tableFormatOf(request), {
    columns: COLUMNS.map((c) => ({ header: t(c), kind: KINDS[c] ?? "text" })),
    rows: lines,
    baseName: `${event.slug}-${t("fileName")}`,
    locale,
    csvDate: shanghaiStamp,
  });
}
