import "server-only";
import type { Db } from "@/lib/db/create-client";
import { hitRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";

/** Results shown per kind; the rest are a click away in the list itself. */
export const SEARCH_GROUP_LIMIT = 5;

/** Each search reads several tables by substring, which no index serves: 30 a minute per user. */
export const SEARCH_RATE: RateLimitRule = { limit: 30, windowSeconds: 60 };

/** One kind of result: the first few rows, how many match in all, and the list that shows them all. */
export type SearchGroup<Row> = { total: number; items: Row[]; listHref: string };

/**
 * Runs one kind's query: `find(take)` reads the rows of the list's own where
 * clause in order, `count()` counts them. That clause matches the query
 * exactly (textWhere), so the count is the list's.
 */
export async function searchGroup<Row>(query: {
  find: (take: number) => Promise<Row[]>;
  count: () => Promise<number>;
  listHref: string;
}): Promise<SearchGroup<Row>> {
  const [items, total] = await Promise.all([query.find(SEARCH_GROUP_LIMIT), query.count()]);
  return { total, items, listHref: query.listHref };
}

/** Counts one search against the user's budget; true when it may run. */
export async function allowSearch(db: Db, userId: string): Promise<boolean> {
  return !(await hitRateLimit(db, `search:${userId}`, SEARCH_RATE)).limited;
}
