import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { FormAlert } from "@/components/forms/fields";
import { CheckInList } from "@/components/events/check-in-list";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getEventForAdmin } from "@/lib/server/events/admin-events";
import { checkInList } from "@/lib/server/events/attendees";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatTime } from "@/lib/i18n/format";
import { checkInAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("eventsAdmin.checkIn");
  return { title: t("title") };
}

export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(["STAFF"], `/admin/events/${id}/check-in`);
  const event = await getEventForAdmin(user, id);
  if (!event) notFound();
  const [t, locale] = await Promise.all([getTranslations("eventsAdmin.checkIn"), getUiLocale()]);
  const open = event.status === "PUBLISHED" || event.status === "COMPLETED";
  const sep = locale === "zh-CN" ? "、" : ", ";
  const rows = open
    ? (await checkInList(id)).map((r) => ({
        id: r.id,
        company: localized(r.merchant, "name", locale),
        otherName: locale === "zh-CN" ? r.merchant.nameEn : r.merchant.nameZh,
        names: r.names.join(sep),
        seats: r.seats,
        checkedInAt: r.checkedInAt ? formatTime(r.checkedInAt) : null,
      }))
    : [];
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
        <PageHeading title={t("title")} lead={t("lead")} />
      </div>
      {open ? <CheckInList action={checkInAction} eventId={id} rows={rows} /> : <FormAlert message={t("notOpen")} />}
    </div>
  );
}
