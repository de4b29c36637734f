// Not server-only: the SKU list's filter uses it, and the seed and `npm run
// bench` run that outside Next.js too.
import type { Provider } from "@/lib/db/provider";

/** LIKE's wildcards, and PostgreSQL's default LIKE escape character. */
const LIKE_SPECIAL = /[\\%_]/g;

/**
 * The one "contains this text" filter of every search box: values holding
 * `q` as typed, Latin letters in either case, Chinese as a substring, and
 * `%` and `_` as themselves (Prisma passes them to LIKE as wildcards).
 *
 * PostgreSQL: escaped with a backslash (its LIKE's default escape) and
 * case-insensitive (ILIKE). SQLite: its LIKE already ignores the case of
 * Latin letters, but Prisma writes no ESCAPE clause and SQLite has no
 * default escape, so there a `%` or `_` in `q` still matches any text
 * (prisma/prisma#23611): the filter is then a superset of the exact answer,
 * and `needsLiteralCheck` tells the caller to narrow it with `matchesText`.
 */
export function containsText(q: string, provider: Provider): { contains: string } {
  if (provider === "postgresql") {
    // `mode` exists on the PostgreSQL client only; both share the SQLite one's types.
    return { contains: q.replace(LIKE_SPECIAL, "\\$&"), mode: "insensitive" } as { contains: string };
  }
  return { contains: q };
}

/** Whether `containsText(q, provider)` may match more than the text itself. */
export function needsLiteralCheck(q: string, provider: Provider): boolean {
  return provider === "sqlite" && /[%_]/.test(q);
}

/** The exact test `containsText` stands for, for narrowing its superset. */
export function matchesText(value: string | null | undefined, q: string): boolean {
  return value != null && value.toLowerCase().includes(q.toLowerCase());
}
