// Offset paging for every paged list: count first, then fetch one page (or
// both at once, countedPage). Not server-only: the seed and `npm run bench`
// page through lists too.

/** A list's page as the URL or the caller asks for it: "3", 3, or anything else (page 1). */
export type PageRequest = string | number | null | undefined;

export type Paging = {
  /** The page shown, within 1..pages. */
  page: number;
  pageSize: number;
  /** How many pages there are; at least 1, so that an empty list has a page. */
  pages: number;
  total: number;
  /** What to pass to findMany. */
  skip: number;
  take: number;
};

/** The page to show of `total` rows: the requested one, clamped to the pages there are. */
export function paginate(requested: PageRequest, pageSize: number, total: number): Paging {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(Number(requested)) || 1), pages);
  return { page, pageSize, pages, total, skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * The count and the page read at the same time (on PostgreSQL two pooled
 * connections, so the page costs one round trip rather than two): the page
 * asked for, read again at the last page when the count shows it is past the
 * end (an old link to page 9 of a list that now has 3).
 */
export async function countedPage<T>(
  requested: PageRequest,
  pageSize: number,
  count: () => Promise<number>,
  read: (window: { skip: number; take: number }) => Promise<T[]>,
): Promise<{ paging: Paging; rows: T[] }> {
  const asked = paginate(requested, pageSize, Number.MAX_SAFE_INTEGER);
  const slice = ({ skip, take }: Paging) => ({ skip, take });
  const [total, rows] = await Promise.all([count(), read(slice(asked))]);
  const paging = paginate(requested, pageSize, total);
  return { paging, rows: paging.skip === asked.skip ? rows : await read(slice(paging)) };
}

// ---------------------------------------------------------------------------
// Page size and sort order from the URL, for every list: `page`, `size` (one
// of PAGE_SIZES), `sort` (a column key the list whitelists) and `dir`. A value
// that is not allowed falls back to the list's default, so no URL gives a 500.

/** The page sizes a reader may choose. */
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** The highest page number read from a URL; beyond it, page 1 (the pager clamps anyway). */
const MAX_PAGE = 1_000_000;

export type SortDir = "asc" | "desc";

/** What a list may be sorted by, and how it is sorted when the URL says nothing. */
export type ListSpec<K extends string> = {
  /** Each sortable column's key, and the direction it is first sorted in when its header is clicked. */
  columns: Readonly<Record<K, SortDir>>;
  /** The default order. */
  sort: NoInfer<K>;
  dir: SortDir;
};

/** A list's page, page size and order, each one allowed. */
export type ListQuery<K extends string> = { page: number; size: number; sort: K; dir: SortDir };

/** Names a list's sortable columns; the spec is checked by the type system. */
export function defineList<K extends string>(spec: ListSpec<K>): ListSpec<K> {
  return spec;
}

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * The list's query from a page's search parameters. A `sort` that is not one
 * of the list's columns is the default order; a `dir` other than asc or desc
 * is that column's first direction; a `size` outside PAGE_SIZES is the default
 * size; a `page` that is not a whole number from 1 is page 1.
 */
export function parseListQuery<K extends string>(
  spec: ListSpec<K>,
  params: Readonly<Record<string, string | undefined>>,
): ListQuery<K> {
  const sortParam = params.sort;
  const known = typeof sortParam === "string" && own(spec.columns, sortParam);
  const sort = known ? (sortParam as K) : spec.sort;
  const dirParam = params.dir;
  const dir: SortDir =
    dirParam === "asc" || dirParam === "desc" ? dirParam : sort === spec.sort ? spec.dir : spec.columns[sort];
  const size = PAGE_SIZES.find((s) => String(s) === params.size) ?? DEFAULT_PAGE_SIZE;
  const pageParam = /^\d{1,7}$/.test(params.page ?? "") ? Number(params.page) : 1;
  const page = pageParam >= 1 && pageParam <= MAX_PAGE ? pageParam : 1;
  return { page, size, sort, dir };
}

/**
 * The order to give findMany: the column's own order, then the id in the same
 * direction, so that rows with equal values keep one order from page to page.
 */
export function listOrderBy<K extends string, O>(
  orders: Readonly<Record<K, (dir: SortDir) => O[]>>,
  query: Pick<ListQuery<K>, "sort" | "dir">,
): (O | { id: SortDir })[] {
  return [...orders[query.sort](query.dir), { id: query.dir }];
}

/** The parameters that keep a list's filters in its links (empty ones are left out). */
export type ListFilterParams = Readonly<Record<string, string | number | undefined>>;

/** Where a column header points, and how the list is sorted by it now (undefined: not sorted by it). */
export type SortLink = { href: string; dir: SortDir | undefined };

/** The links of one list: its pages, page sizes, column headers and CSV export, each keeping the others. */
export type ListLinks<K extends string> = {
  page: (page: number) => string;
  size: (size: number) => string;
  sort: (key: K) => SortLink;
  /** The export route with the list's filters and order (never its page: an export has every row). */
  exportHref: (path: string) => string;
};

/**
 * Builds a list's links. Default values (page 1, the default size and order)
 * are left out of the URL; changing the size or the order goes back to page 1.
 */
export function listLinks<K extends string>(
  path: string,
  filters: ListFilterParams,
  spec: ListSpec<K>,
  query: ListQuery<K>,
  hash = "",
): ListLinks<K> {
  const url = (base: string, q: ListQuery<K>, withPage: boolean) => {
    const defaultOrder = q.sort === spec.sort && q.dir === spec.dir;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) {
      if (v !== undefined && v !== "" && !["page", "size", "sort", "dir"].includes(k)) params.set(k, String(v));
    }
    if (!defaultOrder) {
      params.set("sort", q.sort);
      params.set("dir", q.dir);
    }
    if (withPage && q.size !== DEFAULT_PAGE_SIZE) params.set("size", String(q.size));
    if (withPage && q.page !== 1) params.set("page", String(q.page));
    const search = params.toString();
    return `${base}${search ? `?${search}` : ""}`;
  };
  return {
    page: (page) => url(path, { ...query, page }, true) + hash,
    size: (size) => url(path, { ...query, size, page: 1 }, true) + hash,
    sort: (key) => {
      const active = key === query.sort;
      const dir: SortDir = active ? (query.dir === "asc" ? "desc" : "asc") : spec.columns[key];
      return {
        href: url(path, { ...query, sort: key, dir, page: 1 }, true) + hash,
        dir: active ? query.dir : undefined,
      };
    },
    exportHref: (exportPath) => url(exportPath, query, false),
  };
}

/** The page numbers a pager offers around the current one: at most `width` of them, within 1..pages. */
export function pageWindow(page: number, pages: number, width = 5): number[] {
  const start = Math.max(1, Math.min(page - Math.floor(width / 2), pages - width + 1));
  const end = Math.min(pages, start + width - 1);
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
