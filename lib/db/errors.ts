// What the database said when it refused a write, in terms the callers care about.

type DbError = { code?: unknown; message?: unknown; meta?: unknown };

/**
 * A unique constraint refused the row: P2002 from the Prisma client, or, for
 * statements sent as raw SQL, P2010 carrying the database's own unique
 * violation (SQLite's "UNIQUE constraint failed", PostgreSQL's 23505).
 *
 * With a field, only a P2002 whose meta (its target, or the driver adapter's
 * error) names that field counts; a raw SQL error has no such meta, so it
 * never matches a field.
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message, meta } = error as DbError;
  if (field !== undefined) return code === "P2002" && JSON.stringify(meta ?? {}).includes(field);
  return (
    code === "P2002" ||
    (code === "P2010" && /UNIQUE constraint|23505|unique constraint/i.test((message ?? "") as string))
  );
}
