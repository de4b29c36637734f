import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { listAttendees } from "@/lib/server/events/attendees";
import { SignupStatusBadge } from "./status-badges";

type Row = Awaited<ReturnType<typeof listAttendees>>["items"][number];

/** An event's signups: company, park, platforms, status, seats, attendees and check-in. */
export async function AttendeeTable({ rows, locale }: { rows: Row[]; locale: Locale }) {
  const t = await getTranslations("eventsAdmin.attendees");
  const sep = locale === "zh-CN" ? "、" : ", ";
  const th = "px-3 py-2 font-medium";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className={th}>{t("columns.company")}</th>
            <th scope="col" className={th}>{t("columns.park")}</th>
            <th scope="col" className={th}>{t("columns.platforms")}</th>
            <th scope="col" className={th}>{t("columns.status")}</th>
            <th scope="col" className={`${th} text-right`}>{t("columns.seats")}</th>
            <th scope="col" className={th}>{t("columns.attendees")}</th>
            <th scope="col" className={th}>{t("columns.interests")}</th>
            <th scope="col" className={th}>{t("columns.signedUpAt")}</th>
            <th scope="col" className={th}>{t("columns.checkedIn")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{localized(r.merchant, "name", locale)}</th>
              <td className="px-3 py-2">{localized(r.merchant.park, "name", locale)}</td>
              <td className="px-3 py-2">{r.merchant.platforms.map((p) => localized(p.platform, "name", locale)).join(sep)}</td>
              <td className="px-3 py-2">
                <SignupStatusBadge status={r.status} />
                {r.status === "WAITLISTED" && r.waitlistSeq !== null ? <span className="ml-1 text-xs text-slate-500">{t("seq", { seq: r.waitlistSeq })}</span> : null}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{r.seats}</td>
              <td className="px-3 py-2">{r.names.join(sep)}</td>
              <td className="px-3 py-2">{r.interests.map((i) => localized(i.partner, "name", locale)).join(sep) || "—"}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.createdAt, locale)}</td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{r.checkedInAt ? formatDateTime(r.checkedInAt, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
