import pg from "pg";

/**
 * A comparable description of a PostgreSQL database's public schema: columns,
 * enums, indexes and constraints, without Prisma's own bookkeeping table.
 */
export async function describePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(" | "));
    const rows = [
      ...(await q(`SELECT 'column', table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '')
                   FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`)),
      ...(await q(`SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                   JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname`)),
      ...(await q(`SELECT 'index', indexname, indexdef FROM pg_indexes
                   WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`)),
      ...(await q(`SELECT 'constraint', c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
                   JOIN pg_namespace n ON n.oid = c.connamespace JOIN pg_class r ON r.oid = c.conrelid
                   WHERE n.nspname = 'public' AND r.relname <> '_prisma_migrations'`)),
    ];
    return rows.sort();
  } finally {
    await client.end();
  }
}
