import "server-only";
import { db } from "@/lib/server/db";
import { allowSearch } from "./search-group";
import { unlessTooBroad } from "./contains-text";
import { parseSearchQuery, SEARCH_MAX_LENGTH } from "./search-query";

/**
 * What a search page does with its `q`: nothing when empty, an error key
 * (of `globalSearch.errors`) when it cannot run, the user is over the
 * limit or (SQLite) too many rows hold a `%` or `_` query to name them,
 * otherwise the results of `search`.
 */
export async function runSearch<T>(
  userId: string,
  raw: string | undefined,
  search: (q: string) => Promise<T>,
): Promise<
  | { q: string; results: null; error?: undefined }
  | {
      q: string;
      results: null;
      error: { key: "tooLong" | "controlCharacters" | "rateLimited" | "tooBroad"; max: number };
    }
  | { q: string; results: T; error?: undefined }
> {
  const parsed = parseSearchQuery(raw);
  if (parsed.kind === "empty") return { q: "", results: null };
  if (parsed.kind === "invalid")
    return { q: parsed.q, results: null, error: { key: parsed.error, max: SEARCH_MAX_LENGTH } };
  if (!(await allowSearch(db, userId)))
    return { q: parsed.q, results: null, error: { key: "rateLimited", max: SEARCH_MAX_LENGTH } };
  const results = await unlessTooBroad(search(parsed.q));
  if (results === null) return { q: parsed.q, results: null, error: { key: "tooBroad", max: SEARCH_MAX_LENGTH } };
  return { q: parsed.q, results };
}
