import { getTranslations } from "next-intl/server";
import { DEFAULT_PAGE_SIZE, type ListQuery, type ListSpec } from "@/lib/paging";
import { formatNumber } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { withTableFormat } from "@/lib/sheets/format";

/**
 * Hidden fields for a list's filter form, so that filtering keeps the order
 * and page size the reader chose (and starts again at page 1).
 */
export function ListStateFields<K extends string>({ spec, query }: { spec: ListSpec<K>; query: ListQuery<K> }) {
  const ordered = query.sort !== spec.sort || query.dir !== spec.dir;
  return (
    <>
      {ordered ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {ordered ? <input type="hidden" name="dir" value={query.dir} /> : null}
      {query.size !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="size" value={query.size} /> : null}
    </>
  );
}

/**
 * The "Export CSV" and "Export Excel" links of a list, for the rows its
 * filters match in its order. Over the cap the links are replaced by the
 * reason, as the route would answer.
 */
export async function ExportLink({
  href,
  total,
  cap,
  label,
}: {
  href: string;
  total: number;
  cap: number;
  /** The link's text, where the list names what it exports ("Export attendees (CSV)"); "Export CSV" by default. */
  label?: string;
}) {
  const [t, ts, locale] = await Promise.all([
    getTranslations("lists.export"),
    getTranslations("sheets.export"),
    getUiLocale(),
  ]);
  const n = (v: number) => formatNumber(v, locale);
  if (total === 0) return null;
  if (total > cap) return <p className="text-xs text-slate-600">{t("tooMany", { count: n(total), cap: n(cap) })}</p>;
  const linkClass =
    "inline-flex min-h-9 items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <span className="inline-flex flex-wrap gap-2">
      <a href={href} download title={t("hint", { cap: n(cap) })} className={linkClass}>
        {label ?? t("link")}
      </a>
      <a href={withTableFormat(href, "xlsx")} download title={ts("xlsxHint")} className={linkClass}>
        {ts("xlsx")}
      </a>
    </span>
  );
}
