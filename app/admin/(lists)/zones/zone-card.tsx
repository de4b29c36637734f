import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Option } from "@/components/forms/fields";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/server";
import type { ZoneSystem } from "@/lib/server/zones/get-zone-system";
import { DesignateForm } from "./designate-form";
import { MoveParkForm } from "./zone-forms";

type Zone = ZoneSystem["demonstration"][number];

/** One demonstration zone: its status, this year's volume, its parks, and the staff's changes. */
export async function ZoneCard({
  zone,
  locale,
  canEdit,
  year,
  volume,
  parkVolume,
  formatVolume,
  zoneOptions,
  actions,
}: {
  zone: Zone;
  locale: Locale;
  canEdit: boolean;
  year: number;
  volume: bigint;
  parkVolume: (parkId: string) => bigint;
  /** A volume as a bare number in the page's one unit, which the page names once above the cards. */
  formatVolume: (fen: bigint) => string;
  zoneOptions: Option[];
  /** The staff's changes: designating the zone, moving one of its parks. */
  actions: { designate: FormAction; movePark: FormAction };
}) {
  const t = await getTranslations();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">{localized(zone, "name", locale)}</h3>
        <Badge tone={zone.status === "DESIGNATED" ? "good" : "neutral"}>
          {t(`status.zone.${zone.status}`, { year: zone.designatedYear ?? "" })}
        </Badge>
      </div>
      <p className="mt-1 text-sm text-slate-700 tabular-nums">
        {t("zonesAdmin.volumeValue", { year, amount: formatVolume(volume) })}
      </p>
      {zone.parks.length ? (
        <ul className="mt-3 space-y-3 text-sm">
          {zone.parks.map((park) => (
            <li key={park.id} className="border-t border-slate-100 pt-2">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {localized(park, "name", locale)}
                  {park.marketProcurementPilot ? (
                    <span className="ml-2">
                      <Badge tone="warn">{t("admin.marketProcurementPilot")}</Badge>
                    </span>
                  ) : null}
                </span>
                <span className="text-slate-600 tabular-nums">
                  <abbr title={t("figures.counts.approvedMerchants.note")} className="no-underline">
                    {t("figures.counts.approvedMerchants.label")}
                  </abbr>
                  : {formatNumber(park.approvedMerchants, locale)} · {formatVolume(parkVolume(park.id))}
                </span>
              </div>
              {canEdit ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-brand-700 underline">
                    {t("zonesAdmin.movePark.summary")}
                  </summary>
                  <MoveParkForm
                    action={actions.movePark}
                    parkId={park.id}
                    parkName={localized(park, "name", locale)}
                    zoneId={zone.id}
                    zoneOptions={zoneOptions}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-500">{t("admin.zones.noParks")}</p>
      )}
      {zone.status === "PLANNED" && canEdit ? (
        <DesignateForm action={actions.designate} zoneId={zone.id} defaultYear={year} />
      ) : null}
    </li>
  );
}
