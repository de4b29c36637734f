import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { SortLink } from "@/lib/paging";
import type { listAttendees } from "@/lib/server/events/attendees";
import { SignupStatusBadge } from "./status-badges";

type Row = Awaited<ReturnType<typeof listAttendees>>["items"][number];

/** An event's signups: company, park, platforms, status, seats, attendees and check-in; sortable given `sort`. */
export async function AttendeeTable({
  rows,
  locale,
  sort,
}: {
  rows: Row[];
  locale: Locale;
  sort?: (key: "company" | "park" | "status" | "seats" | "signedUpAt" | "checkedIn") => SortLink;
}) {
  const t = await getTranslations("eventsAdmin.attendees");
  const sep = locale === "zh-CN" ? "、" : ", ";
  return (
    <DataTable
      bodyClassName="align-top"
      columns={[
        { key: "company", label: t("columns.company"), sort: sort?.("company") },
        { key: "park", label: t("columns.park"), sort: sort?.("park") },
        { key: "platforms", label: t("columns.platforms") },
        { key: "status", label: t("columns.status"), sort: sort?.("status") },
        { key: "seats", label: t("columns.seats"), className: "text-right", sort: sort?.("seats") },
        { key: "attendees", label: t("columns.attendees") },
        { key: "interests", label: t("columns.interests") },
        { key: "signedUpAt", label: t("columns.signedUpAt"), sort: sort?.("signedUpAt") },
        { key: "checkedIn", label: t("columns.checkedIn"), sort: sort?.("checkedIn") },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row" className="px-3 py-2 text-left font-medium">
            {localized(r.merchant, "name", locale)}
          </th>
          <td className="px-3 py-2">{localized(r.merchant.park, "name", locale)}</td>
          <td className="px-3 py-2">
            {r.merchant.platforms.map((p) => localized(p.platform, "name", locale)).join(sep)}
          </td>
          <td className="px-3 py-2">
            <SignupStatusBadge status={r.status} />
            {r.status === "WAITLISTED" && r.waitlistSeq !== null ? (
              <span className="ml-1 text-xs text-slate-500">{t("seq", { seq: r.waitlistSeq })}</span>
            ) : null}
          </td>
          <td className="px-3 py-2 text-right tabular-nums">{r.seats}</td>
          <td className="px-3 py-2">{r.names.join(sep)}</td>
          <td className="px-3 py-2">{r.interests.map((i) => localized(i.partner, "name", locale)).join(sep) || "—"}</td>
          <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(r.createdAt, locale)}</td>
          <td className="px-3 py-2 whitespace-nowrap tabular-nums">
            {r.checkedInAt ? formatDateTime(r.checkedInAt, locale) : "—"}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
