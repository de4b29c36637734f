// Where each provider's schema and migration history live, and how the
// PostgreSQL schema is derived from the SQLite source.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const providers = {
  sqlite: {
    schema: path.join(root, "prisma/schema.prisma"),
    migrations: path.join(root, "prisma/migrations"),
  },
  postgresql: {
    schema: path.join(root, "prisma/postgres/schema.prisma"),
    migrations: path.join(root, "prisma/postgres/migrations"),
  },
};

/** @param {string | undefined} url */
export function providerFor(url) {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** @param {string} source the SQLite schema text */
export function derivePostgresSchema(source) {
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output   = "../../lib/generated/postgres"');
  if (out === source || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error('prisma/schema.prisma must keep provider "sqlite" and output "../lib/generated/sqlite"');
  }
  return "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n" + out;
}
