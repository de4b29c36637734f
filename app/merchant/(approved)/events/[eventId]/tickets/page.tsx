import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/card";
import { formatEventTime } from "@/components/events/format";
import { TicketCard } from "@/components/events/ticket-card";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { ticketsForMerchant } from "@/lib/server/events/tickets";
import { ticketQrSvg } from "@/lib/server/events/ticket-qr";
import { getUiLocale, localized } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("tickets");
  return { title: t("title") };
}

/** The company's tickets for one event: one card per person, each with its QR code. */
export default async function TicketsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const user = await requireMerchantPage(`/merchant/events/${eventId}/tickets`);
  // Only the signed-in member's own company's tickets: another company's event id finds none.
  const tickets = await ticketsForMerchant(db, user.merchant.id, eventId);
  if (!tickets.length) notFound();
  const [t, tm, locale] = await Promise.all([getTranslations("tickets"), getTranslations("myEvents"), getUiLocale()]);
  const event = tickets[0].event;
  const company = localized(user.merchant, "name", locale);
  const cards = await Promise.all(
    tickets.map(async (ticket, i) => ({
      name: ticket.name,
      company,
      code: ticket.code,
      grouped: ticket.grouped,
      qrSvg: await ticketQrSvg(ticket.code),
      checkedInAt: ticket.checkedInAt,
      n: i + 1,
      total: tickets.length,
    })),
  );
  const venue = localized(event, "venue", locale);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tm("title"), href: "/merchant/events" },
          { label: localized(event, "title", locale), href: `/events/${event.slug}` },
          { label: t("breadcrumb") },
        ]}
      />
      <div className="mt-2">
        <PageHeading
          title={`${t("title")} · ${localized(event, "title", locale)}`}
          lead={`${formatEventTime(event.startsAt, event.endsAt, locale)}${venue ? ` · ${venue}` : ""}`}
        />
      </div>
      {event.status === "CANCELLED" ? (
        <p role="status" className="mb-4 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("eventCancelled")}
        </p>
      ) : (
        <p className="mb-4 text-sm text-slate-700">{t("lead")}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <TicketCard key={card.code} ticket={card} />
        ))}
      </div>
    </>
  );
}
