import "server-only";
import { plainText } from "@/lib/validation/text";

/** The longest query the search takes: as long as every list's own search field. */
export const SEARCH_MAX_LENGTH = 100;

const Query = plainText(SEARCH_MAX_LENGTH);

/** What the box sent: nothing yet, a query to run, or why it cannot run (a key of `globalSearch.errors`). */
export type ParsedSearch =
  | { kind: "empty"; q: "" }
  | { kind: "query"; q: string }
  | { kind: "invalid"; q: string; error: "tooLong" | "controlCharacters" };

/** The `q` of a search URL, trimmed and checked as every text field is; a bad one runs nothing. */
export function parseSearchQuery(raw: string | undefined): ParsedSearch {
  const parsed = Query.safeParse(raw ?? "");
  if (parsed.success) return parsed.data ? { kind: "query", q: parsed.data } : { kind: "empty", q: "" };
  const error = parsed.error.issues.some((i) => i.message === "tooLong") ? "tooLong" : "controlCharacters";
  // Shown back in the box without what made it unusable.
  const shown = (raw ?? "").replace(/[\u0000-\u001F\u007F]/g, "").slice(0, SEARCH_MAX_LENGTH);
  return { kind: "invalid", q: shown, error };
}
