import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getZoneSystem } from "@/lib/server/zones/get-zone-system";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";
import { DesignateForm } from "./designate-form";

const DEMONSTRATION_ZONE_GOAL = 10;

export async function generateMetadata() {
  const t = await getTranslations("admin.zones");
  return { title: t("title") };
}

export default async function ZonesPage() {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/zones");
  const [t, locale, system] = await Promise.all([getTranslations(), getUiLocale(), getZoneSystem()]);
  const designated = system.demonstration.filter((z) => z.status === "DESIGNATED").length;
  const thisYear = new Date().getUTCFullYear();
  return (
    <>
      <PageHeading title={t("admin.zones.title")} lead={t("admin.zones.lead")} />
      {system.pilot ? (
        <section className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <Badge tone="info">{t("admin.zones.pilot")}</Badge>
          <h2 className="mt-2 text-lg font-semibold text-brand-900">{localized(system.pilot, "name", locale)}</h2>
          <p className="mt-1 text-sm text-brand-900/80">{localized(system.pilot, "description", locale)}</p>
          <p className="mt-1 text-sm text-brand-900/80">{t("status.zone.DESIGNATED", { year: system.pilot.designatedYear ?? "" })}</p>
        </section>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("admin.zones.demonstration")}</h2>
        <p className="text-sm text-slate-700">{t("admin.zones.progress", { designated, goal: DEMONSTRATION_ZONE_GOAL })}</p>
      </div>
      <div className="mt-2 h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, (designated / DEMONSTRATION_ZONE_GOAL) * 100)}%` }} />
      </div>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {system.demonstration.map((zone) => (
          <li key={zone.id} className="rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex items-start justify-between gap-2">
              <h3 className="font-semibold">{localized(zone, "name", locale)}</h3>
              <Badge tone={zone.status === "DESIGNATED" ? "good" : "neutral"}>
                {t(`status.zone.${zone.status}`, { year: zone.designatedYear ?? "" })}
              </Badge>
            </div>
            {zone.parks.length ? (
              <ul className="mt-3 space-y-2 text-sm">
                {zone.parks.map((park) => (
                  <li key={park.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {localized(park, "name", locale)}
                      {park.marketProcurementPilot ? (
                        <span className="ml-2"><Badge tone="warn">{t("admin.marketProcurementPilot")}</Badge></span>
                      ) : null}
                    </span>
                    <span className="tabular-nums text-slate-600">
                      {t("admin.parkColumns.merchants")}: {formatNumber(park.approvedMerchants, locale)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm text-slate-500">{t("admin.zones.noParks")}</p>
            )}
            {zone.status === "PLANNED" && user.role === "STAFF" ? <DesignateForm zoneId={zone.id} defaultYear={thisYear} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
