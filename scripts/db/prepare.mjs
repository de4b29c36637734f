// Makes a database ready to serve: creates the SQLite folder and file (private), applies pending
// migrations and, with demoData "on" (the caller decides, see
// lib/seed/demo-policy.mjs), seeds the demo data into an empty database.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { deployMigrations, sqliteUrl } from "../../lib/db/migration-engine.mjs";
import { securePrivateDatabase } from "../../lib/db/private-files.mjs";
import { providerFor, root } from "../../lib/db/schemas.mjs";

export async function prepareDatabase(url, { demoData = "off", log = console.log } = {}) {
  if (providerFor(url) === "sqlite") {
    // Created here, 0600 in a 0700 folder, before the migration engine would create it world-readable.
    securePrivateDatabase(sqliteUrl(url).slice("file:".length));
  }
  const applied = await deployMigrations(url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (providerFor(url) === "sqlite") {
    // WAL lets readers and the writer work at once; it is kept in the file.
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(sqliteUrl(url).slice("file:".length));
    conn.pragma("journal_mode = WAL");
    conn.close();
    securePrivateDatabase(sqliteUrl(url).slice("file:".length));
  }
  if (demoData === "on") {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "prisma/seed.ts")],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: url, DEMO_DATA: "on" },
      },
    );
  }
}
