import { getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";
import { formatMonth } from "./format";

/** The counts beside the volumes, each named with its definition and the period it counts. */
export async function Counts({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const [t, figures] = await Promise.all([getTranslations("dashboard.counts"), getTranslations("figures")]);
  const { counts, filters, lastMonth } = dashboard;
  const n = (v: number) => formatNumber(v, locale);
  const period = figures("period", {
    from: formatMonth(`${filters.year}-01`, locale),
    to: formatMonth(`${filters.year}-${String(lastMonth).padStart(2, "0")}`, locale),
  });
  return (
    <section aria-labelledby="counts-title" className="break-inside-avoid">
      <h2 id="counts-title" className="sr-only">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-5">
        <Stat
          label={figures("counts.approvedMerchants.label")}
          value={n(counts.approvedMerchants)}
          hint={figures("counts.approvedMerchants.note")}
        />
        <Stat
          label={figures("counts.activeSkus.label")}
          value={n(counts.activeSkus)}
          hint={figures("counts.activeSkus.note")}
        />
        <Stat
          label={figures("counts.declaredMarkets.label", { period })}
          value={n(counts.declaredMarkets)}
          hint={figures("counts.declaredMarkets.note", { period })}
        />
        <Stat
          label={figures("counts.platforms.label")}
          value={n(counts.platforms)}
          hint={figures("counts.platforms.note")}
        />
        <Stat
          label={t("connected", { year: filters.year })}
          value={n(counts.connectedAtEvents)}
          hint={t("connectedHint")}
        />
      </dl>
    </section>
  );
}
