// Derives the PostgreSQL schema from the one source schema (prisma/schema.prisma)
// and generates a Prisma client for each provider into lib/generated/.
// Runs on `npm install` (postinstall) and as `npm run db:generate`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { derivePostgresSchema, providers, root } from "../../lib/db/schemas.mjs";

const source = providers.sqlite.schema;
const pgSchema = providers.postgresql.schema;

mkdirSync(path.dirname(pgSchema), { recursive: true });
const derived = derivePostgresSchema(readFileSync(source, "utf8"));
if (!existsSync(pgSchema) || readFileSync(pgSchema, "utf8") !== derived) {
  writeFileSync(pgSchema, derived);
}

// `prisma generate` does not need the native schema engine, but it tries to
// download one unless this variable points at an existing file (offline here).
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of [source, pgSchema]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log("Prisma clients generated for sqlite and postgresql.");
