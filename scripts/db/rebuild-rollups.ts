// `npm run db:rollups`: recomputes the dashboard's monthly rollups from the
// declarations, from scratch, in one transaction.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";

const env = parseEnv(process.env);
const db = createPrismaClient(env.DATABASE_URL);
try {
  const started = Date.now();
  const declarations = await db.declaration.count();
  const { rollups } = await rebuildRollups(db);
  console.log(`Rollups rebuilt: ${rollups} rows from ${declarations} declarations in ${Date.now() - started} ms.`);
} finally {
  await db.$disconnect();
}
