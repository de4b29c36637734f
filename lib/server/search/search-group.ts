import "server-only";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/provider";
import { hitRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";
import { matchesText, needsLiteralCheck } from "./contains-text";

/** Results shown per kind; the rest are a click away in the list itself. */
export const SEARCH_GROUP_LIMIT = 5;

/**
 * Where SQLite cannot match `%` or `_` literally (see containsText), at most
 * this many candidates are read and checked one by one; beyond it the count
 * is shown as "at least".
 */
export const LITERAL_CHECK_LIMIT = 500;

/** Each search reads several tables by substring, which no index serves: 30 a minute per user. */
export const SEARCH_RATE: RateLimitRule = { limit: 30, windowSeconds: 60 };

/** One kind of result: the first few rows, how many match in all, and the list that shows them all. */
export type SearchGroup<Row> = { total: number; atLeast: boolean; items: Row[]; listHref: string };

/**
 * Runs one kind's query: `find(take)` reads the rows of the list's own where
 * clause in order, `count()` counts them, `texts(row)` gives the columns the
 * query was matched against (to narrow SQLite's superset, see containsText).
 */
export async function searchGroup<Row>(
  db: DbOrTx,
  q: string,
  query: {
    find: (take: number) => Promise<Row[]>;
    count: () => Promise<number>;
    texts: (row: Row) => (string | null)[];
    listHref: string;
  },
): Promise<SearchGroup<Row>> {
  if (!needsLiteralCheck(q, providerOf(db))) {
    const [items, total] = await Promise.all([query.find(SEARCH_GROUP_LIMIT), query.count()]);
    return { total, atLeast: false, items, listHref: query.listHref };
  }
  const candidates = await query.find(LITERAL_CHECK_LIMIT);
  const exact = candidates.filter((row) => query.texts(row).some((text) => matchesText(text, q)));
  return {
    total: exact.length,
    atLeast: candidates.length === LITERAL_CHECK_LIMIT,
    items: exact.slice(0, SEARCH_GROUP_LIMIT),
    listHref: query.listHref,
  };
}

/** Counts one search against the user's budget; true when it may run. */
export async function allowSearch(db: Db, userId: string): Promise<boolean> {
  return !(await hitRateLimit(db, `search:${userId}`, SEARCH_RATE)).limited;
}
