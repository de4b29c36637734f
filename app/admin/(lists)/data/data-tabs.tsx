import Link from "next/link";
import { getTranslations } from "next-intl/server";

const TABS = [
  { key: "rates", href: "/admin/data/rates" },
  { key: "statistics", href: "/admin/data/statistics" },
  { key: "goals", href: "/admin/data/goals" },
] as const;

/** The sections of "Rates and statistics", with the current one marked. */
export async function DataTabs({ current }: { current?: (typeof TABS)[number]["key"] }) {
  const t = await getTranslations("dataAdmin.tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-2">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={`rounded border px-3 py-1.5 text-sm ${current === tab.key ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white hover:bg-slate-50"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
