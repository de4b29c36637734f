// `npm run db:deploy`: applies pending migrations to DATABASE_URL (SQLite by default).
import { prepareDatabase } from "./prepare.mjs";

const url = process.env.DATABASE_URL || "file:./data/cbec.db";
try {
  await prepareDatabase(url, { demoData: "off" });
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
