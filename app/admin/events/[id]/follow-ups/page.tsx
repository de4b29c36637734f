import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { FollowUpForm } from "@/components/events/follow-up-form";
import { FollowUpCounts, FollowUpList } from "@/components/events/follow-up-list";
import { requirePageUser } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getEventForAdmin } from "@/lib/server/events/admin-events";
import { countFollowUps, followUpFormOptions, listFollowUps } from "@/lib/server/events/follow-ups";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { FOLLOW_UP_OUTCOMES } from "@/lib/validation/follow-up";
import { recordFollowUpAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata() {
  const t = await getTranslations("eventFollowUps");
  return { title: t("title") };
}

/** An event's follow-ups: what came of it for each company, and the form that records one. */
export default async function EventFollowUpsPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], `/admin/events/${id}/follow-ups`);
  const event = await getEventForAdmin(user, id);
  if (!event) notFound();
  const [t, locale, rows, counts, options] = await Promise.all([
    getTranslations("eventFollowUps"),
    getUiLocale(),
    listFollowUps(db, user, event.id, 200),
    countFollowUps(db, user, { eventId: event.id }),
    followUpFormOptions(db, user, event.id),
  ]);
  const title = localized(event, "title", locale);
  const held = event.status === "COMPLETED" || (event.status === "PUBLISHED" && event.started);
  return (
    <>
      <Breadcrumbs
        items={[
          { nav: "admin.events", href: "/admin/events" },
          { label: title, href: `/admin/events/${event.id}` },
          { label: t("title") },
        ]}
      />
      <div className="mt-2">
        <PageHeading title={t("title")} lead={t("lead", { event: title })} />
      </div>
      {done === "recorded" ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t("form.saved")} />
        </div>
      ) : null}
      <div className="space-y-6">
        <Card title={t("form.title")}>
          {!held ? (
            <p className="text-sm text-slate-600">{t("form.notHeld")}</p>
          ) : options.merchants.length === 0 ? (
            <p className="text-sm text-slate-600">{t("form.noCompanies")}</p>
          ) : (
            <FollowUpForm
              action={recordFollowUpAction}
              eventId={event.id}
              companies={options.merchants.map((m) => ({ value: m.id, label: localized(m, "name", locale) }))}
              partners={options.partners.map((p) => ({ value: p.id, label: localized(p, "name", locale) }))}
              outcomes={FOLLOW_UP_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
            />
          )}
        </Card>
        <Card title={t("counts.title")}>
          <FollowUpCounts counts={counts} locale={locale} />
        </Card>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("list.title")}</h2>
          <FollowUpList rows={rows} locale={locale} />
        </section>
      </div>
    </>
  );
}
