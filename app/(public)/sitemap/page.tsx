import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PUBLIC_PAGES } from "@/lib/site/public-pages";

export async function generateMetadata() {
  const t = await getTranslations("sitemapPage");
  return { title: t("title") };
}

/** The site map (issue 17): every public page, with what it is for; /sitemap.xml lists the same for search engines. */
export default async function SitemapPage() {
  const t = await getTranslations("sitemapPage");
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("lead")}</p>
      </div>
      <nav aria-label={t("listLabel")}>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {PUBLIC_PAGES.map((page) => (
            <li key={page.id} className="px-4 py-3">
              <Link
                href={page.path}
                className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900"
                aria-current={page.id === "sitemap" ? "page" : undefined}
              >
                {t(`pages.${page.id}.title`)}
              </Link>
              <p className="mt-1 text-sm text-slate-600">{t(`pages.${page.id}.description`)}</p>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
