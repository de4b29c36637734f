// The better-sqlite3 connection under a SQLite Prisma client, for the bulk
// inserts that go faster without the ORM: one prepared statement per SQL text,
// kept and run once per row, as a hand-written loader would. createPrismaClient
// records the connection; insertRows uses it. Inside an interactive transaction
// the statements run on the same connection, so they are part of it.
import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { DbOrTx } from "./create-client";

type Connection = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[]>;

const HANDLE = Symbol("cbec.db.sqliteConnection");

/** Prisma's better-sqlite3 adapter factory, keeping the connection it opens. */
export class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  connection: Connection | null = null;

  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its connection as `client` (@prisma/adapter-better-sqlite3 7.x);
    // anything else leaves the connection unknown and insertRows on Prisma's raw SQL.
    const client = (adapter as unknown as { client?: unknown }).client;
    this.connection = isConnection(client) ? client : null;
    return adapter;
  }
}

function isConnection(value: unknown): value is Connection {
  return typeof value === "object" && value !== null && typeof (value as Connection).prepare === "function";
}

/** Marks a client with the factory that holds its connection; createPrismaClient calls this. */
export function recordSqliteConnection<T extends object>(client: T, factory: SqliteAdapterFactory): T {
  Object.defineProperty(client, HANDLE, { value: factory });
  return client;
}

/** The open better-sqlite3 connection of a SQLite client (or of a transaction on it), else null. */
export function sqliteConnectionOf(db: DbOrTx): Connection | null {
  const factory = (db as unknown as { [HANDLE]?: SqliteAdapterFactory })[HANDLE];
  const connection = factory?.connection;
  return connection && connection.open ? connection : null;
}

const statements = new WeakMap<Connection, Map<string, Statement>>();
/** Distinct SQL texts kept per connection; bulk inserts use a handful. */
const MAX_STATEMENTS = 64;

/** A statement prepared once per connection and SQL text, then reused. */
export function preparedStatement(connection: Connection, sql: string): Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    statement = connection.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

let lastTime = NaN;
let lastDateText = "";

/**
 * A value as Prisma's adapter binds it: dates as ISO 8601 text with +00:00, as
 * Prisma stores them (the last date's text is kept: bulk rows share one "now").
 */
export function sqliteValue(value: string | number | bigint | Date | null) {
  if (!(value instanceof Date)) return value;
  const time = value.getTime();
  if (time !== lastTime) {
    lastDateText = value.toISOString().replace("Z", "+00:00");
    lastTime = time;
  }
  return lastDateText;
}
