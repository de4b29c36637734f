import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PAGE_SIZES, pageWindow, type ListLinks, type Paging } from "@/lib/paging";
import { formatNumber } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

/** The namespaces older callers name; the pager words itself from `lists.pager` now. */
export type PagerMessages =
  "events.pager" | "skus.pagination" | "review" | "declarations.list" | "notifications" | "auditLog";

/** A list's pager: its paging (from paginate) and its links (from listLinks), which keep the filters and order. */
type ListPagerProps = {
  paging: Pick<Paging, "page" | "pages" | "total" | "pageSize">;
  links: Pick<ListLinks<string>, "page" | "size">;
};

/** The older form, without a count or page sizes: kept while lists move to {@link ListPagerProps}. */
type PageLinksProps = { page: number; pages: number; href: (page: number) => string; messages?: PagerMessages };

const box = "inline-flex min-h-9 min-w-9 items-center justify-center rounded border px-2";
const linkBox = `${box} border-slate-300 bg-white text-brand-700 hover:bg-slate-50`;
const offBox = `${box} border-slate-200 text-slate-400`;

/**
 * First / previous / numbered pages / next / last, with "1–20 of 6,120" and
 * the page sizes when given a list's paging. Every link is a plain link, so
 * it works before script loads and is reached with the keyboard.
 */
export async function Pager(props: ListPagerProps | PageLinksProps) {
  const [t, locale] = await Promise.all([getTranslations("lists.pager"), getUiLocale()]);
  const n = (v: number) => formatNumber(v, locale);
  const { page, pages } = "paging" in props ? props.paging : props;
  const href = "paging" in props ? props.links.page : props.href;
  const paging = "paging" in props ? props.paging : null;
  if (paging ? paging.total === 0 : pages <= 1) return null;

  const step = (target: number, label: string, symbol: string, rel?: "prev" | "next") =>
    target === page || target < 1 || target > pages ? (
      <span className={offBox} aria-disabled="true">
        <span aria-hidden="true">{symbol}</span>
        <span className="sr-only">{label}</span>
      </span>
    ) : (
      <Link href={href(target)} className={linkBox} rel={rel}>
        <span aria-hidden="true">{symbol}</span>
        <span className="sr-only">{label}</span>
      </Link>
    );

  const from = paging && paging.total ? (page - 1) * paging.pageSize + 1 : 0;
  const to = paging ? Math.min(page * paging.pageSize, paging.total) : 0;
  return (
    <nav className="mt-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm" aria-label={t("label")}>
      {paging ? (
        <p className="text-slate-600 tabular-nums">
          {t("range", { from: n(from), to: n(to), total: n(paging.total) })}
        </p>
      ) : null}
      {pages > 1 ? (
        <ul className="flex flex-wrap items-center gap-1 tabular-nums">
          <li>{step(1, t("first"), "«")}</li>
          <li>{step(page - 1, t("previous"), "‹", "prev")}</li>
          {pageWindow(page, pages).map((p) => (
            <li key={p}>
              {p === page ? (
                <span
                  className={`${box} border-brand-700 bg-brand-700 font-medium text-white`}
                  aria-current="page"
                  aria-label={t("current", { page: n(p) })}
                >
                  {n(p)}
                </span>
              ) : (
                <Link href={href(p)} className={linkBox} aria-label={t("page", { page: n(p) })}>
                  {n(p)}
                </Link>
              )}
            </li>
          ))}
          <li>{step(page + 1, t("next"), "›", "next")}</li>
          <li>{step(pages, t("last"), "»")}</li>
        </ul>
      ) : null}
      {paging && "paging" in props && paging.total > PAGE_SIZES[0] ? (
        <div className="flex items-center gap-1">
          <span className="text-slate-600" aria-hidden="true">
            {t("size")}
          </span>
          <ul className="flex items-center gap-1 tabular-nums" aria-label={t("size")}>
            {PAGE_SIZES.map((size) => (
              <li key={size}>
                {size === paging.pageSize ? (
                  <span
                    className={`${box} border-brand-700 font-medium text-brand-800`}
                    aria-current="true"
                    aria-label={t("sizeOption", { size })}
                  >
                    {size}
                  </span>
                ) : (
                  <Link href={props.links.size(size)} className={linkBox} aria-label={t("sizeOption", { size })}>
                    {size}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </nav>
  );
}
