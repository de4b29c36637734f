import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { CheckInList } from "@/components/events/check-in-list";
import { TicketScanner } from "@/components/events/ticket-scanner";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getEventForAdmin } from "@/lib/server/events/admin-events";
import { checkInTickets } from "@/lib/server/events/attendees";
import { checkInOpen } from "@/lib/server/events/rules";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate, formatTime } from "@/lib/i18n/format";
import { checkInAction, scanTicketAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin.checkIn");
  return { title: t("title") };
}

/** The door on the event's day: scan or type a ticket, or find the person in the list. */
export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(["STAFF"], `/admin/events/${id}/check-in`);
  const event = await getEventForAdmin(user, id);
  if (!event) notFound();
  const [t, tc, locale] = await Promise.all([
    getTranslations("eventsAdmin.checkIn"),
    getTranslations("ticketCheckIn"),
    getUiLocale(),
  ]);
  const window = checkInOpen(event, new Date());
  const tickets = window === "open" ? await checkInTickets(id) : [];
  const rows = tickets.map((r) => ({
    id: r.id,
    name: r.name,
    company: localized(r.signup.merchant, "name", locale),
    otherName: locale === "zh-CN" ? r.signup.merchant.nameEn : r.signup.merchant.nameZh,
    checkedInAt: r.checkedInAt ? formatTime(r.checkedInAt) : null,
  }));
  const companies = new Set(tickets.map((r) => r.merchantId));
  const companiesIn = new Set(tickets.filter((r) => r.checkedInAt).map((r) => r.merchantId));
  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumbs
        items={[
          { nav: "admin.events", href: "/admin/events" },
          { label: localized(event, "title", locale), href: `/admin/events/${id}` },
          { label: t("title") },
        ]}
      />
      <div className="mt-2">
        <PageHeading title={t("title")} lead={localized(event, "title", locale)} />
      </div>
      {window === "notOpen" ? (
        <FormAlert message={tc("notOpen")} />
      ) : window === "closed" ? (
        <FormAlert message={tc("closed", { day: formatDate(event.startsAt, locale) })} />
      ) : (
        <div className="space-y-6">
          <TicketScanner scan={scanTicketAction} eventId={id} />
          <noscript>
            <p className="text-sm text-slate-700">{tc("noscript")}</p>
          </noscript>
          <section aria-labelledby="attendees-title" className="space-y-3">
            <h2 id="attendees-title" className="text-base font-semibold text-slate-900">
              {tc("listTitle")}
            </h2>
            <p className="text-sm text-slate-700" aria-live="polite">
              {tc("progress", {
                people: rows.filter((r) => r.checkedInAt).length,
                total: rows.length,
                companies: companiesIn.size,
                companyTotal: companies.size,
              })}
            </p>
            <CheckInList action={checkInAction} eventId={id} rows={rows} />
          </section>
        </div>
      )}
    </div>
  );
}
