import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { EventForm } from "@/components/events/event-form";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getEventFormOptions } from "@/lib/server/events/event-form";
import { getUiLocale } from "@/lib/i18n/server";
import { createEventAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin.form");
  return { title: t("createTitle") };
}

export default async function NewEventPage() {
  await requirePageUser(["STAFF"], "/admin/events/new");
  const [t, locale] = await Promise.all([getTranslations("eventsAdmin"), getUiLocale()]);
  const options = await getEventFormOptions(locale);
  return (
    <>
      <Breadcrumbs items={[{ nav: "admin.events", href: "/admin/events" }, { label: t("form.createTitle") }]} />
      <div className="mt-2">
        <PageHeading title={t("form.createTitle")} lead={t("form.createLead")} />
      </div>
      <EventForm
        action={createEventAction}
        initial={{ capacity: "50" }}
        belts={options.belts}
        partners={options.partners}
        submitLabel={t("form.submitCreate")}
      />
    </>
  );
}
