import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { FOOTER_LINKS, footerItems, type FooterConfig } from "@/lib/site/footer";

/**
 * Every page's footer: the links to the privacy notice, the accessibility
 * statement and the site map, and the statutory items (sponsor, contact,
 * website identification code, ICP and public-security filings) that the
 * SITE_* variables configure; an item not configured is left out.
 */
export async function SiteFooter({ config = env() }: { config?: FooterConfig } = {}) {
  const t = await getTranslations("siteFooter");
  const items = footerItems(config);
  return (
    <footer className="no-print mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-6 text-sm text-slate-600">
        <nav aria-label={t("linksLabel")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {FOOTER_LINKS.map((link) => (
              <li key={link.id}>
                <Link href={link.href} className="text-brand-800 underline underline-offset-2 hover:text-brand-900">
                  {t(`links.${link.id}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {items.length > 0 ? (
          <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="site-footer-items">
            {items.map((item) => (
              <li key={item.id} className="break-words">
                {/* A Chinese label ends with a full-width colon, which needs no space after it. */}
                <span>{t(`items.${item.id}`)}</span>
                {t(`items.${item.id}`).endsWith("：") ? null : " "}
                {item.href ? (
                  <a
                    href={item.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-brand-800 underline underline-offset-2 hover:text-brand-900"
                  >
                    {item.value}
                    <span className="sr-only">{t("opensInNewTab")}</span>
                  </a>
                ) : (
                  <span>{item.value}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </footer>
  );
}
