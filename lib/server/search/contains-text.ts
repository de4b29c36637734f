// Not server-only: the SKU list's filter uses it, and the seed and `npm run
// bench` run that outside Next.js too.
import type { Provider } from "@/lib/db/provider";

/** LIKE's wildcards, and PostgreSQL's default LIKE escape character. */
const LIKE_SPECIAL = /[\\%_]/g;

/**
 * Prisma's `contains` for `q` on one column: Latin letters in either case,
 * Chinese as a substring, and on PostgreSQL `%` and `_` as themselves,
 * escaped with a backslash (its LIKE's default escape) and matched
 * case-insensitively (ILIKE). SQLite's LIKE already ignores the case of Latin
 * letters, but Prisma writes no ESCAPE clause there and SQLite has no default
 * escape, so a `%` or `_` in `q` would still match any text
 * (prisma/prisma#23611): textWhere takes that case over.
 */
function containsText(q: string, provider: Provider): { contains: string } {
  if (provider === "postgresql") {
    // `mode` exists on the PostgreSQL client only; both share the SQLite one's types.
    return { contains: q.replace(LIKE_SPECIAL, "\\$&"), mode: "insensitive" } as { contains: string };
  }
  return { contains: q };
}

/** Whether `containsText(q, provider)` would match more than the text itself. */
function needsLiteralCheck(q: string, provider: Provider): boolean {
  return provider === "sqlite" && /[%_]/.test(q);
}

/**
 * The tables whose text columns a list searches, as the database names them.
 * A fixed list, so that no name in the SQL below ever comes from a request.
 */
const SEARCHABLE = {
  Sku: ["code", "nameZh", "nameEn"],
  Declaration: ["reference"],
  Merchant: ["nameZh", "nameEn", "uscc"],
  Event: ["titleZh", "titleEn", "slug"],
  User: ["email", "name"],
} as const;
type SearchTable = keyof typeof SEARCHABLE;
type SearchColumn<T extends SearchTable> = (typeof SEARCHABLE)[T][number];

/** Raw SQL, on whichever client or transaction. */
type RawClient = { $queryRawUnsafe<R>(query: string, ...values: unknown[]): Promise<R> };

/**
 * The one "contains this text" filter of every search box and `q`
 * parameter: a where clause for rows whose `columns` (any of them) hold `q`
 * as typed, Latin letters in either case, Chinese as a substring, and `%` and
 * `_` as themselves on both databases: `q=%` finds the values that hold a
 * percent sign, never every row.
 *
 * PostgreSQL, and SQLite when `q` holds neither `%` nor `_`: containsText on
 * each column. SQLite otherwise: Prisma's `contains` cannot escape there
 * (prisma/prisma#23611), so the ids come from one parameterised query,
 * `LIKE ? ESCAPE '\'` with `q`'s wildcards escaped (ASCII letters in either
 * case, as SQLite's LIKE and PostgreSQL's ILIKE match them), and the clause is
 * `{ id: { in: ids } }`. The caller adds its scope (merchant, park) to the
 * clause as ever.
 */
export async function textWhere<T extends SearchTable>(
  db: RawClient,
  provider: Provider,
  table: T,
  columns: readonly SearchColumn<T>[],
  q: string,
): Promise<{ OR: Record<string, { contains: string }>[] } | { id: { in: string[] } }> {
  if (!needsLiteralCheck(q, provider)) {
    const text = containsText(q, provider);
    return { OR: columns.map((column) => ({ [column]: text })) };
  }
  const allowed: readonly string[] = SEARCHABLE[table];
  if (!columns.length || !columns.every((c) => allowed.includes(c))) throw new Error(`not searchable: ${table}`);
  const pattern = `%${q.replace(LIKE_SPECIAL, "\\$&")}%`;
  const sql = `SELECT "id" FROM "${table}" WHERE ${columns.map((c) => `"${c}" LIKE ? ESCAPE '\\'`).join(" OR ")}`;
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(sql, ...columns.map(() => pattern));
  return { id: { in: rows.map((r) => r.id) } };
}
