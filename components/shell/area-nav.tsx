"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string; badge?: string | null; exact?: boolean };

/** The secondary navigation of an area; marks the current page. */
export function AreaNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4">
        {items.map((item) => {
          const current = item.exact
            ? pathname === item.href
            : pathname === item.href || pathname.startsWith(item.href + "/");
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-2 border-b-2 px-3 py-3 text-sm whitespace-nowrap ${
                  current
                    ? "border-brand-700 font-semibold text-brand-800"
                    : "border-transparent text-slate-700 hover:text-brand-800"
                }`}
              >
                {item.label}
                {item.badge ? (
                  <span className="rounded-full bg-accent-600 px-2 py-0.5 text-xs font-semibold text-white">
                    {item.badge}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
