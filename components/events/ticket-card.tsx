import { getTranslations } from "next-intl/server";
import { formatTime } from "@/lib/i18n/format";

export type TicketCardData = {
  name: string;
  company: string;
  code: string;
  grouped: string;
  /** The QR code as SVG markup, made on the server by qrcode. */
  qrSvg: string;
  checkedInAt: Date | null;
  n: number;
  total: number;
};

/** One person's ticket: name, company, QR code and the code to type. */
export async function TicketCard({ ticket }: { ticket: TicketCardData }) {
  const t = await getTranslations("tickets");
  return (
    <article
      aria-label={t("ticketOf", { n: ticket.n, total: ticket.total })}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <p className="text-xs text-slate-500">{t("ticketOf", { n: ticket.n, total: ticket.total })}</p>
      <h2 className="mt-1 text-lg font-semibold text-slate-900">{ticket.name}</h2>
      <p className="text-sm text-slate-600">{ticket.company}</p>
      {/* The SVG is made on the server by qrcode from the signed ticket code; it carries no script. */}
      <div
        role="img"
        aria-label={t("qrAlt", { name: ticket.name })}
        className="mx-auto my-4 aspect-square w-full max-w-64 [&>svg]:h-full [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: ticket.qrSvg }}
      />
      <p className="text-xs text-slate-500">{t("code")}</p>
      <p className="font-mono text-base text-slate-900" data-ticket-code={ticket.code}>
        {ticket.grouped}
      </p>
      <p className={`mt-3 text-sm ${ticket.checkedInAt ? "text-emerald-800" : "text-slate-600"}`}>
        {ticket.checkedInAt ? t("checkedIn", { time: formatTime(ticket.checkedInAt) }) : t("notCheckedIn")}
      </p>
    </article>
  );
}
