// Prisma's own migration engine, compiled to WebAssembly and driven through a
// driver adapter. Prisma's CLI needs a native schema engine that cannot be
// downloaded on offline machines; this module does the same work with the
// same folder layout and the same `_prisma_migrations` table, so
// `prisma migrate deploy` stays usable wherever the native engine exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { providerFor, providers, root } from "./schemas.mjs";

const require = createRequire(import.meta.url);
const NO_FILTERS = { externalTables: [], externalEnums: [] };

let wasmModule;
async function loadWasm() {
  if (wasmModule) return wasmModule;
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  wasmModule = bg;
  return bg;
}

/** The adapter the engine talks through, and how to let go of its connections. */
async function adapterFactory(provider, url) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  if (provider === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const pg = (await import("pg")).default;
    // Our own pool, so that closing the engine closes its connections at once.
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    return { factory: bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool)), release: () => pool.end() };
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  // Track the connections the engine opens, so that closing the engine
  // releases the SQLite file (an open handle would keep it locked).
  const inner = new PrismaBetterSqlite3({ url }, { shadowDatabaseUrl: ":memory:" });
  const opened = [];
  const tracking = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(tracking),
    release: async () => {
      await Promise.all(opened.splice(0).map((a) => a.dispose()));
    },
  };
}

/** Reads a provider's schema file as the engine wants it. */
export function schemaFiles(provider) {
  const file = providers[provider].schema;
  return [{ path: file, content: readFileSync(file, "utf8") }];
}

/** Reads a provider's migration history from disk, in order. */
export function migrationList(provider) {
  const baseDir = providers[provider].migrations;
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(baseDir, d.name, "migration.sql")))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Opens the engine against a database URL; call `close()` when done. */
export async function openEngine(url) {
  const provider = providerFor(url);
  const wasm = await loadWasm();
  const files = schemaFiles(provider);
  const { factory, release } = await adapterFactory(provider, sqliteUrl(url));
  const engine = await wasm.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, factory);
  return {
    engine,
    provider,
    close: async () => {
      engine.free();
      await release();
    },
  };
}

/**
 * `file:` URLs for SQLite, with relative paths resolved against the project.
 * SQLite's in-memory database, `:memory:`, is a name and not a path: it stays as it is.
 */
export function sqliteUrl(url) {
  if (providerFor(url) === "postgresql") return url;
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return "file::memory:";
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(providers.sqlite.schema, "../..", file));
}

/** Applies every pending migration; returns the names applied now. */
export async function deployMigrations(url) {
  const { engine, provider, close } = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationList(provider), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The SQL that would bring a live database up to the schema; empty when the
 * two agree. Works on SQLite; the wasm engine cannot introspect PostgreSQL
 * (see lib/testing/postgres-catalog.ts for the check used there).
 */
export async function liveDrift(url) {
  const { engine, provider, close } = await openEngine(url);
  try {
    const files = schemaFiles(provider);
    const out = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: root },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return stripComments(out.stdout ?? "");
  } finally {
    await close();
  }
}

/** The SQL that creates the schema from nothing. */
export async function createScript(url) {
  const { engine, provider, close } = await openEngine(url);
  try {
    const out = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: schemaFiles(provider) },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return out.stdout ?? "";
  } finally {
    await close();
  }
}

export function stripComments(sql) {
  return sql
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith("--"))
    .join("\n");
}

export { NO_FILTERS };
