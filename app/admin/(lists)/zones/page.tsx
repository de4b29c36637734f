import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { FormAlert } from "@/components/forms/fields";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getAddedName, getZoneSystem } from "@/lib/server/zones/get-zone-system";
import { getZoneVolumes } from "@/lib/server/zones/get-zone-volumes";
import { getDemonstrationZoneTarget } from "@/lib/server/goals/zone-goal";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatCnyCompact } from "@/lib/i18n/format";
import { getFigureScales } from "@/components/dashboard/scales";
import { designateZoneAction, moveParkAction } from "./actions";
import { ZoneCard } from "./zone-card";

export async function generateMetadata() {
  const t = await getTranslations("admin.zones");
  return { title: t("title") };
}

export default async function ZonesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/zones");
  const params = await searchParams;
  const added = typeof params.added === "string" ? params.added : undefined;
  const [t, locale, system, volumes, goal, addedRecord] = await Promise.all([
    getTranslations(),
    getUiLocale(),
    getZoneSystem(),
    getZoneVolumes(),
    getDemonstrationZoneTarget(),
    getAddedName(added, typeof params.id === "string" ? params.id : undefined),
  ]);
  const canEdit = user.role === "STAFF";
  const designated = system.demonstration.filter((z) => z.status === "DESIGNATED").length;
  const zoneOptions = system.demonstration.map((z) => ({ value: z.id, label: localized(z, "name", locale) }));
  const cityVolume = system.demonstration.reduce((s, z) => s + volumes.zone(z.id), 0n);
  // The cards' volumes, the zones' and their parks', in one unit said once above them (issue 12).
  const scales = await getFigureScales(locale);
  const scale = scales.cny(
    system.demonstration.flatMap((z) => [volumes.zone(z.id), ...z.parks.map((p) => volumes.park(p.id))]),
  );
  const amountsIn = scales.amountsIn(scale);
  const link = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <>
      <PageHeading
        title={t("admin.zones.title")}
        lead={t("admin.zones.lead")}
        actions={
          canEdit ? (
            <div className="flex gap-2">
              <Link href="/admin/zones/new-zone" className={link}>
                {t("zonesAdmin.addZone.title")}
              </Link>
              <Link href="/admin/zones/new-park" className={link}>
                {t("zonesAdmin.addPark.title")}
              </Link>
            </div>
          ) : null
        }
      />
      {addedRecord ? (
        <div className="mb-4">
          <FormAlert
            tone="success"
            message={
              added === "zone"
                ? t("zonesAdmin.addZone.created", { zone: localized(addedRecord, "name", locale) })
                : t("zonesAdmin.addPark.created", { park: localized(addedRecord, "name", locale) })
            }
          />
        </div>
      ) : null}
      {system.pilot ? (
        <section className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <Badge tone="info">{t("admin.zones.pilot")}</Badge>
          <h2 className="mt-2 text-lg font-semibold text-brand-900">{localized(system.pilot, "name", locale)}</h2>
          <p className="mt-1 text-sm text-brand-900/80">{localized(system.pilot, "description", locale)}</p>
          <p className="mt-1 text-sm text-brand-900/80">
            {t("status.zone.DESIGNATED", { year: system.pilot.designatedYear ?? "" })}
          </p>
          <p className="mt-1 text-sm font-medium text-brand-900">
            {t("zonesAdmin.volumeValue", { year: volumes.year, amount: formatCnyCompact(cityVolume, locale) })}
          </p>
        </section>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("admin.zones.demonstration")}</h2>
        <p className="text-sm text-slate-700">{t("admin.zones.progress", { designated, goal })}</p>
      </div>
      <div className="mt-2 h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <div
          className="h-full bg-brand-600"
          style={{ width: `${Math.min(100, (designated / Math.max(1, goal)) * 100)}%` }}
        />
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("zonesAdmin.sourceNote")}</p>
      <p className="mt-1 text-xs text-slate-600">
        {t("figures.counts.approvedMerchants.label")}: {t("figures.counts.approvedMerchants.note")}
      </p>
      <p className="mt-1 text-xs text-slate-600">{amountsIn}</p>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {system.demonstration.map((zone) => (
          <ZoneCard
            key={zone.id}
            zone={zone}
            locale={locale}
            canEdit={canEdit}
            year={volumes.year}
            volume={volumes.zone(zone.id)}
            parkVolume={volumes.park}
            formatVolume={scale.format}
            zoneOptions={zoneOptions}
            actions={{ designate: designateZoneAction, movePark: moveParkAction }}
          />
        ))}
      </ul>
    </>
  );
}
