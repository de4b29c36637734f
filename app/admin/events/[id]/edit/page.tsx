import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { EventForm } from "@/components/events/event-form";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getEventForAdmin } from "@/lib/server/events/admin-events";
import { getEventFormOptions } from "@/lib/server/events/event-form";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { utcToShanghaiInput } from "@/lib/time/shanghai";
import { updateEventAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin.form");
  return { title: t("editTitle") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(["STAFF"], `/admin/events/${id}/edit`);
  const event = await getEventForAdmin(user, id);
  if (!event) notFound();
  const [t, locale] = await Promise.all([getTranslations("eventsAdmin"), getUiLocale()]);
  const attending = event.partners.map((p) => p.partnerId);
  const options = await getEventFormOptions(locale, attending);
  const editable = event.status === "DRAFT" || event.status === "PUBLISHED";
  return (
    <>
      <Breadcrumbs
        items={[
          { nav: "admin.events", href: "/admin/events" },
          { label: localized(event, "title", locale), href: `/admin/events/${id}` },
          { label: t("form.editTitle") },
        ]}
      />
      <div className="mt-2">
        <PageHeading title={t("form.editTitle")} lead={t("form.editLead")} />
      </div>
      {editable ? (
        <EventForm
          action={updateEventAction.bind(null, id)}
          initial={{
            titleZh: event.titleZh,
            titleEn: event.titleEn,
            descriptionZh: event.descriptionZh,
            descriptionEn: event.descriptionEn,
            belt: event.belt,
            startsAt: utcToShanghaiInput(event.startsAt),
            endsAt: utcToShanghaiInput(event.endsAt),
            signupDeadline: utcToShanghaiInput(event.signupDeadline),
            venueZh: event.venueZh,
            venueEn: event.venueEn,
            onlineUrl: event.onlineUrl,
            capacity: String(event.capacity),
            partnerIds: attending,
          }}
          belts={options.belts}
          partners={options.partners}
          submitLabel={t("form.submitEdit")}
        />
      ) : (
        <FormAlert message={t("form.notEditable")} />
      )}
    </>
  );
}
