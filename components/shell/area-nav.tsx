"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

export type NavItem = { href: string; label: string; badge?: string | null; exact?: boolean };

/**
 * The secondary navigation of an area; marks the current page. On a narrow
 * screen the tabs scroll sideways: a fade at each edge that has more tabs
 * behind it says so, and the current tab is scrolled into view.
 */
export function AreaNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  const measure = useCallback(() => {
    const ul = list.current;
    if (!ul) return;
    setMore({ before: ul.scrollLeft > 1, after: ul.scrollLeft + ul.clientWidth < ul.scrollWidth - 1 });
  }, []);

  useEffect(() => {
    const ul = list.current;
    const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    // Centre the current tab without scrolling the page itself.
    if (ul && current) ul.scrollLeft = current.offsetLeft - (ul.clientWidth - current.offsetWidth) / 2;
    measure();
  }, [pathname, measure]);

  useEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const observer = new ResizeObserver(measure);
    observer.observe(ul);
    return () => observer.disconnect();
  }, [measure]);

  return (
    <nav aria-label={label} className="no-print border-b border-slate-200 bg-white">
      <div className="relative mx-auto max-w-6xl">
        <ul ref={list} onScroll={measure} className="relative flex [scrollbar-width:thin] gap-1 overflow-x-auto px-4">
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
        <span
          aria-hidden="true"
          data-fade="before"
          className={`pointer-events-none absolute inset-y-0 left-0 w-10 bg-gradient-to-r from-white to-transparent ${more.before ? "opacity-100" : "opacity-0"}`}
        />
        <span
          aria-hidden="true"
          data-fade="after"
          className={`pointer-events-none absolute inset-y-0 right-0 flex w-12 items-center justify-end bg-gradient-to-l from-white via-white/80 to-transparent pr-1 text-slate-500 ${more.after ? "opacity-100" : "opacity-0"}`}
        >
          ›
        </span>
      </div>
    </nav>
  );
}
