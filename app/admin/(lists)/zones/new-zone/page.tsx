import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { requirePageUser } from "@/lib/server/auth/guards";
import { createZoneAction } from "../actions";
import { AddZoneForm } from "../zone-forms";

export async function generateMetadata() {
  const t = await getTranslations("zonesAdmin.addZone");
  return { title: t("title") };
}

export default async function NewZonePage() {
  await requirePageUser(["STAFF"], "/admin/zones/new-zone");
  const t = await getTranslations();
  return (
    <>
      <Breadcrumbs items={[{ nav: "admin.zones", href: "/admin/zones" }, { label: t("zonesAdmin.addZone.title") }]} />
      <PageHeading
        title={t("zonesAdmin.addZone.title")}
        actions={
          <Link href="/admin/zones" className="text-sm text-brand-700 underline">
            {t("zonesAdmin.back")}
          </Link>
        }
      />
      <Card>
        <AddZoneForm action={createZoneAction} />
      </Card>
    </>
  );
}
