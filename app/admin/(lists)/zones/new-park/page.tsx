import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listDemonstrationZones } from "@/lib/server/zones/get-zone-system";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { createParkAction } from "../actions";
import { AddParkForm } from "../zone-forms";

export async function generateMetadata() {
  const t = await getTranslations("zonesAdmin.addPark");
  return { title: t("title") };
}

export default async function NewParkPage() {
  await requirePageUser(["STAFF"], "/admin/zones/new-park");
  const [t, locale, zones] = await Promise.all([getTranslations(), getUiLocale(), listDemonstrationZones()]);
  return (
    <>
      <Breadcrumbs items={[{ nav: "admin.zones", href: "/admin/zones" }, { label: t("zonesAdmin.addPark.title") }]} />
      <PageHeading
        title={t("zonesAdmin.addPark.title")}
        actions={
          <Link href="/admin/zones" className="text-sm text-brand-700 underline">
            {t("zonesAdmin.back")}
          </Link>
        }
      />
      <Card>
        <AddParkForm
          action={createParkAction}
          zoneOptions={zones.map((z) => ({ value: z.id, label: localized(z, "name", locale) }))}
        />
      </Card>
    </>
  );
}
