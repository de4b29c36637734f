import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { formatMonth } from "@/components/dashboard/format";
import { requirePageUser } from "@/lib/server/auth/guards";
import { latestRateMonth } from "@/lib/server/rates/list-rates";
import { latestStatMonth } from "@/lib/server/rates/list-official-stats";
import { countGoals } from "@/lib/server/goals/get-goal-progress";
import { getUiLocale } from "@/lib/i18n/server";
import { DataTabs } from "./data-tabs";

export async function generateMetadata() {
  const t = await getTranslations("dataAdmin");
  return { title: t("title") };
}

export default async function DataPage() {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/data");
  const [t, locale, latestRates, latestStats, goalCount] = await Promise.all([
    getTranslations("dataAdmin"),
    getUiLocale(),
    latestRateMonth(),
    latestStatMonth(),
    countGoals(),
  ]);
  const cards = [
    {
      href: "/admin/data/rates",
      title: t("tabs.rates"),
      text: latestRates ? t("overview.rates", { month: formatMonth(latestRates, locale) }) : t("overview.noRates"),
    },
    {
      href: "/admin/data/statistics",
      title: t("tabs.statistics"),
      text: latestStats
        ? t("overview.statistics", { month: formatMonth(latestStats, locale) })
        : t("overview.noStatistics"),
    },
    { href: "/admin/data/goals", title: t("tabs.goals"), text: t("overview.goals", { count: goalCount }) },
  ];
  return (
    <>
      <PageHeading title={t("title")} lead={user.role === "STAFF" ? t("lead") : t("readOnly")} />
      <DataTabs />
      <div className="grid gap-4 md:grid-cols-3">
        {cards.map((c) => (
          <Card key={c.href} title={c.title}>
            <p className="text-sm text-slate-700">{c.text}</p>
            <Link
              href={c.href}
              aria-label={t("overview.openSection", { section: c.title })}
              className="mt-3 inline-block text-sm text-brand-700 underline"
            >
              {t("overview.open")}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
