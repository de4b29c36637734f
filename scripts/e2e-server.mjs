// The server behind the Playwright specs: a fresh SQLite database with the
// demo data, the production build, on E2E port (default 3100).
import { rmSync } from "node:fs";
import path from "node:path";
import { root } from "../lib/db/schemas.mjs";

const dir = path.join(root, ".tmp/e2e");
rmSync(path.join(dir, "db"), { recursive: true, force: true });
process.env.DATABASE_URL = `file:${path.join(dir, "db/portal.db")}`;
process.env.PORT ||= "3100";
// DATABASE_URL is set, so the demo data has to be asked for.
process.env.DEMO_DATA = "on";
await import("./start.mjs");
