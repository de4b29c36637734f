import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading, Stat } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { FilterActions, FilterForm, FilterSelect } from "@/components/forms/filter-fields";
import { EventFacts } from "@/components/events/event-facts";
import { EventStatusBadge } from "@/components/events/status-badges";
import { PartnerList } from "@/components/events/partner-list";
import { AttendeeTable } from "@/components/events/attendee-table";
import { StatusForm } from "@/components/events/status-form";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { requirePageUser } from "@/lib/server/auth/guards";
import { auditRead } from "@/lib/server/audit/audit-read";
import { db } from "@/lib/server/db";
import { getEventForAdmin } from "@/lib/server/events/admin-events";
import { ATTENDEE_LIST, attendeeStatusFrom, listAttendees } from "@/lib/server/events/attendees";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { SIGNUP_STATUSES } from "@/lib/validation/event";
import { firstValues } from "@/lib/forms/search-params";
import { FollowUpCounts, FollowUpList } from "@/components/events/follow-up-list";
import { countFollowUps, listFollowUps } from "@/lib/server/events/follow-ups";
import { changeStatusAction } from "./actions";

const DONE = ["created", "saved", "publish", "cancel", "complete"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin");
  return { title: t("title") };
}

export default async function AdminEventPage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const sp = firstValues(search);
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], `/admin/events/${id}`);
  const event = await getEventForAdmin(user, id);
  if (!event) notFound();
  await auditRead(db, user, { action: "event.view_attendees", eventId: event.id });
  const status = attendeeStatusFrom(sp.status);
  const query = parseListQuery(ATTENDEE_LIST, sp);
  const locale = await getUiLocale();
  const [t, te, tf, attendees, followUps, followUpCounts] = await Promise.all([
    getTranslations("eventsAdmin"),
    getTranslations("events"),
    getTranslations("eventFollowUps"),
    listAttendees(user, id, status, query, locale),
    listFollowUps(db, user, event.id, 5),
    countFollowUps(db, user, { eventId: event.id }),
  ]);
  const done = DONE.find((d) => d === sp.done);
  const staff = user.role === "STAFF";
  const editable = event.status === "DRAFT" || event.status === "PUBLISHED";
  const n = (v: number) => formatNumber(v, locale);
  const { started } = event;
  const rate =
    started && event.counts.confirmed ? Math.round((event.counts.checkedIn / event.counts.confirmed) * 100) : null;
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  const links = listLinks(
    `/admin/events/${id}`,
    { status: status === "ALL" ? undefined : status },
    ATTENDEE_LIST,
    query,
    "#attendees",
  );
  return (
    <>
      <Breadcrumbs
        items={[{ nav: "admin.events", href: "/admin/events" }, { label: localized(event, "title", locale) }]}
      />
      <div className="mt-2">
        <PageHeading
          title={localized(event, "title", locale)}
          lead={te(`belts.${event.belt}`)}
          actions={<EventStatusBadge status={event.status} />}
        />
      </div>
      {done ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t(`detail.done.${done}`)} />
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap gap-2">
        {staff && editable ? (
          <Link href={`/admin/events/${id}/edit`} className={link}>
            {t("detail.edit")}
          </Link>
        ) : null}
        {staff && (event.status === "PUBLISHED" || event.status === "COMPLETED") ? (
          <Link href={`/admin/events/${id}/check-in`} className={link}>
            {t("detail.checkIn")}
          </Link>
        ) : null}
        {event.status !== "DRAFT" ? (
          <Link href={`/events/${event.slug}`} className={link}>
            {t("detail.public")}
          </Link>
        ) : null}
      </div>
      {user.role === "PARK_OPERATOR" ? (
        <p className="mb-4 text-sm text-slate-600">{t("detail.operatorScope")}</p>
      ) : null}
      <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-5">
        <Stat label={t("detail.figures.confirmed")} value={n(event.counts.confirmed)} />
        <Stat
          label={t("detail.figures.seats")}
          value={t("seatsValue", { taken: n(event.seatsTaken), capacity: n(event.capacity) })}
        />
        <Stat label={t("detail.figures.waitlisted")} value={n(event.counts.waitlisted)} />
        <Stat label={t("detail.figures.checkedIn")} value={n(event.counts.checkedIn)} />
        <Stat label={t("detail.figures.attendance")} value={rate === null ? "—" : `${rate}%`} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`space-y-6 ${staff && editable ? "lg:col-span-2" : "lg:col-span-3"}`}>
          <Card title={te("detail.factsTitle")}>
            <EventFacts event={event} locale={locale} />
          </Card>
          <Card title={te("detail.partnersTitle")}>
            <PartnerList partners={event.partners.map((p) => p.partner)} locale={locale} />
          </Card>
        </div>
        {staff && editable ? (
          <Card title={t("statusActions.title")}>
            <div className="space-y-3">
              {event.status === "DRAFT" ? (
                <StatusForm action={changeStatusAction} eventId={id} transition="publish" />
              ) : null}
              {event.status === "PUBLISHED" && started ? (
                <StatusForm action={changeStatusAction} eventId={id} transition="complete" />
              ) : null}
              <StatusForm
                action={changeStatusAction}
                eventId={id}
                transition="cancel"
                eventTitle={localized(event, "title", locale)}
              />
            </div>
          </Card>
        ) : null}
      </div>
      <section id="follow-ups" aria-labelledby="follow-ups-title" className="mt-8">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="follow-ups-title" className="text-lg font-semibold">
            {tf("eventCard.title")}
          </h2>
          <Link href={`/admin/events/${event.id}/follow-ups`} className={link}>
            {tf("eventCard.open")}
          </Link>
        </div>
        <div className="space-y-3">
          <FollowUpCounts counts={followUpCounts} locale={locale} />
          <FollowUpList rows={followUps} locale={locale} />
        </div>
      </section>
      <section id="attendees" className="mt-8">
        <h2 className="mb-3 text-lg font-semibold">{t("attendees.title")}</h2>
        <FilterForm action="#attendees" boxed={false} className="mb-3">
          <FilterSelect
            id="a-status"
            name="status"
            label={t("attendees.filter")}
            options={[
              { value: "ALL", label: t("attendees.all") },
              ...SIGNUP_STATUSES.map((s) => ({ value: s, label: te(`signupStatus.${s}`) })),
            ]}
            defaultValue={status}
            compact
          />
          <ListStateFields spec={ATTENDEE_LIST} query={query} />
          <FilterActions apply={t("filters.apply")} />
        </FilterForm>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {t("attendees.count", { count: attendees.total })}
          </p>
          <ExportLink
            href={links.exportHref(`/admin/events/${id}/export`)}
            total={attendees.total}
            cap={EXPORT_ROW_CAP}
            label={t("detail.export")}
          />
        </div>
        {attendees.items.length ? (
          <AttendeeTable rows={attendees.items} locale={locale} sort={links.sort} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {t("attendees.empty")}
          </p>
        )}
        <Pager paging={attendees} links={links} />
      </section>
    </>
  );
}
