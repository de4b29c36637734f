// Offset paging for every paged list: count first, then fetch one page. Not
// server-only: the seed and `npm run bench` page through lists too.

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
