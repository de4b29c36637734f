import { getTranslations } from "next-intl/server";
import { PageHeading, Stat } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { requirePageUser } from "@/lib/server/auth/guards";
import { getAdminOverview } from "@/lib/server/zones/get-overview";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminHome() {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin");
  const [t, locale, o] = await Promise.all([getTranslations("admin"), getUiLocale(), getAdminOverview(user)]);
  const n = (v: number) => formatNumber(v, locale);
  const scope =
    user.role === "PARK_OPERATOR" && o.parks[0]
      ? t("scopePark", { park: localized(o.parks[0], "name", locale) })
      : t("scopeCity");
  return (
    <>
      <PageHeading title={t("title")} lead={scope} />
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-6">
        <Stat label={t("figures.merchantsApproved")} value={n(o.approved)} />
        <Stat label={t("figures.merchantsPending")} value={n(o.pending)} />
        <Stat label={t("figures.merchantsSuspended")} value={n(o.suspended)} />
        <Stat label={t("figures.zones")} value={n(o.designated)} hint={t("figures.zonesValue", { designated: o.designated, planned: o.planned })} />
        <Stat label={t("figures.parks")} value={n(o.parks.length)} />
        <Stat label={t("figures.platforms")} value={n(o.platforms)} />
      </dl>
      <section className="mt-8">
        <h2 className="mb-3 text-lg font-semibold">{t("parksTitle")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("parkColumns.park")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("parkColumns.zone")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("parkColumns.merchants")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("parkColumns.pending")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("parkColumns.warehouses")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {o.parks.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="px-4 py-2 text-left font-medium">
                    {localized(p, "name", locale)}
                    {p.marketProcurementPilot ? (
                      <span className="ml-2"><Badge tone="warn">{t("marketProcurementPilot")}</Badge></span>
                    ) : null}
                  </th>
                  <td className="px-4 py-2 text-slate-700">{localized(p.zone, "name", locale)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{n(p.approved)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{n(p.pending)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{n(p._count.warehouses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
