// Not server-only: the SKU list's filter uses it, and the seed and `npm run
// bench` run that outside Next.js too.
import type { Provider } from "@/lib/db/provider";
import { paginate } from "@/lib/paging";

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
 * At most this many ids go into one clause: Prisma binds each as a parameter,
 * and allows 999 a statement on SQLite, the rest of the query's included.
 */
export const MAX_LITERAL_IDS = 900;

/** Thrown when a SQLite search for `%` or `_` cannot be written as a clause of at most MAX_LITERAL_IDS ids. */
export class SearchTooBroadError extends Error {
  constructor(table: string) {
    super(`search too broad for ${table}`);
  }
}

/**
 * The one "contains this text" filter of every search box and `q`
 * parameter: a where clause for rows whose `columns` (any of them) hold `q`
 * as typed, Latin letters in either case, Chinese as a substring, and `%` and
 * `_` as themselves on both databases: `q=%` finds the values that hold a
 * percent sign, never every row.
 *
 * PostgreSQL, and SQLite when `q` holds neither `%` nor `_`: containsText on
 * each column. SQLite otherwise: Prisma's `contains` cannot escape there
 * (prisma/prisma#23611), so parameterised `LIKE ? ESCAPE '\'` queries (ASCII
 * letters in either case, as SQLite's LIKE and PostgreSQL's ILIKE match them)
 * find the rows that hold `q` itself, and the clause names them:
 * `{ id: { in: ids } }` when there are at most MAX_LITERAL_IDS, else Prisma's
 * `contains` (its wildcards included) without the rows it finds that do not
 * hold `q`, when those are at most MAX_LITERAL_IDS. When both are more (a
 * bare `_` over a large table), SearchTooBroadError. The caller adds its scope
 * (merchant, park) to the clause as ever.
 */
export async function textWhere<T extends SearchTable>(
  db: RawClient,
  provider: Provider,
  table: T,
  columns: readonly SearchColumn<T>[],
  q: string,
): Promise<TextWhere> {
  const contains = { OR: columns.map((column) => ({ [column]: containsText(q, provider) })) };
  if (!needsLiteralCheck(q, provider)) return contains;
  const allowed: readonly string[] = SEARCHABLE[table];
  if (!columns.length || !columns.every((c) => allowed.includes(c))) throw new Error(`not searchable: ${table}`);
  // A NULL column is text that holds nothing, as Prisma's `contains` reads it.
  const any = (escape: string) => columns.map((c) => `COALESCE("${c}", '') LIKE ?${escape}`).join(" OR ");
  const literal = `%${q.replace(LIKE_SPECIAL, "\\$&")}%`;
  const ids = async (where: string, values: string[]) =>
    (
      await db.$queryRawUnsafe<{ id: string }[]>(
        `SELECT "id" FROM "${table}" WHERE ${where} LIMIT ${MAX_LITERAL_IDS + 1}`,
        ...values,
      )
    ).map((r) => r.id);
  const holding = await ids(
    any(" ESCAPE '\\'"),
    columns.map(() => literal),
  );
  if (holding.length <= MAX_LITERAL_IDS) return { id: { in: holding } };
  // The rows `contains` finds although they do not hold q: what its wildcards matched.
  const wildcard = `%${q}%`;
  const others = await ids(`(${any("")}) AND NOT (${any(" ESCAPE '\\'")})`, [
    ...columns.map(() => wildcard),
    ...columns.map(() => literal),
  ]);
  if (others.length <= MAX_LITERAL_IDS) return { AND: [contains, { id: { notIn: others } }] };
  throw new SearchTooBroadError(table);
}

/**
 * The where clause `build` makes, or null when it could not be written
 * (SearchTooBroadError): the caller then says so (globalSearch.errors.tooBroad)
 * instead of answering with an error.
 */
export async function unlessTooBroad<T>(build: Promise<T>): Promise<T | null> {
  try {
    return await build;
  } catch (error) {
    if (error instanceof SearchTooBroadError) return null;
    throw error;
  }
}

/**
 * A paged list's answer when unlessTooBroad gave null (SQLite could not name
 * the rows of its search): no rows, one empty page, and `tooBroad` so that the
 * page says why.
 */
export function tooBroadPage(pageSize: number) {
  return { items: [] as never[], ...paginate(1, pageSize, 0), tooBroad: true as const };
}

type TextWhere =
  | { OR: Record<string, { contains: string }>[] }
  | { id: { in: string[] } }
  | { AND: [{ OR: Record<string, { contains: string }>[] }, { id: { notIn: string[] } }] };
