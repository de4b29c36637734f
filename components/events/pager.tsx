import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links between pages of a list; nothing when there is one page. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("events.pager");
  const label = t("page", { page, pages });
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={label}>
      {page > 1 ? <Link href={href(page - 1)} className="text-brand-700 underline">{t("previous")}</Link> : <span />}
      <span className="text-slate-600">{label}</span>
      {page < pages ? <Link href={href(page + 1)} className="text-brand-700 underline">{t("next")}</Link> : <span />}
    </nav>
  );
}
