import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { GlobalSearch } from "./global-search";

/** The top bar shared by every area; the right side is the area's own. */
export async function SiteHeader({ homeHref = "/", children }: { homeHref?: string; children?: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="h-1 bg-accent-600" aria-hidden="true" />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={homeHref} className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="flex h-9 w-9 items-center justify-center rounded bg-white text-sm font-bold text-brand-800"
          >
            渝
          </span>
          <span className="leading-tight">
            <span className="block text-base font-semibold">{t("shortName")}</span>
            <span className="block text-xs text-brand-100">{t("authority")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <GlobalSearch />
          <LanguageSwitcher />
          {children}
        </div>
      </div>
    </header>
  );
}

// Every page's footer, with the statutory items: components/shell/site-footer.tsx.
export { SiteFooter } from "./site-footer";
