import { getTranslations } from "next-intl/server";
import { Stat } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Dashboard } from "@/lib/server/dashboard/get-dashboard";

export async function Counts({ dashboard, locale }: { dashboard: Dashboard; locale: Locale }) {
  const t = await getTranslations("dashboard.counts");
  const { counts, filters } = dashboard;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section aria-labelledby="counts-title" className="break-inside-avoid">
      <h2 id="counts-title" className="sr-only">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-5">
        <Stat label={t("merchants")} value={n(counts.approvedMerchants)} />
        <Stat label={t("skus")} value={n(counts.skus)} />
        <Stat label={t("markets")} value={n(counts.markets)} hint={t("marketsHint", { year: filters.year })} />
        <Stat label={t("platforms")} value={n(counts.platforms)} />
        <Stat
          label={t("connected")}
          value={n(counts.connectedAtEvents)}
          hint={t("connectedHint", { year: filters.year })}
        />
      </dl>
    </section>
  );
}
