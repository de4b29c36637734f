import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The navigation's own names, for the lists a page sits under. */
type NavKey =
  | "admin.merchants"
  | "admin.events"
  | "admin.zones"
  | "merchant.home"
  | "merchant.skus"
  | "merchant.declarations"
  | "public.events";

/** A step: a list named as the navigation names it, or a page by its own name; the last is the page itself. */
export type Crumb = { nav: NavKey; href: string } | { label: string; href?: string };

/**
 * Where a detail page sits: its lists as links, the page itself last
 * (aria-current). Long names are cut short on phones; the full name is the
 * link's title.
 */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const [t, nav] = await Promise.all([getTranslations("breadcrumbs"), getTranslations("nav")]);
  const last = items.length - 1;
  const steps = items.map((item) => ("nav" in item ? { label: nav(item.nav), href: item.href } : item));
  return (
    <nav aria-label={t("label")} className="no-print mb-4 text-sm text-slate-600">
      <ol className="flex min-w-0 flex-wrap items-center gap-x-1 gap-y-1">
        {steps.map((item, i) => (
          <li key={`${i}-${item.label}`} className="flex min-w-0 items-center gap-x-1">
            {i > 0 ? (
              <span aria-hidden="true" className="text-slate-400">
                /
              </span>
            ) : null}
            {i === last || !item.href ? (
              <span
                aria-current={i === last ? "page" : undefined}
                title={item.label}
                className="max-w-[14rem] truncate font-medium text-slate-900 sm:max-w-md"
              >
                {item.label}
              </span>
            ) : (
              <Link
                href={item.href}
                title={item.label}
                className="max-w-[10rem] truncate text-brand-700 underline hover:text-brand-800 sm:max-w-xs"
              >
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
