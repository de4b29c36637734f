// `npm run db:rollups`: recomputes every dashboard rollup (by park and market,
// by merchant, by park/mode/direction, by park, and the year-to-date totals by
// market, by merchant, by park/mode/direction and by mode and market over every
// park) from the declarations, from scratch, in one transaction (audited),
// and bumps the rollup version so every server process drops its cached views.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";

const env = parseEnv(process.env);
const db = createPrismaClient(env.DATABASE_URL);
try {
  const started = Date.now();
  const declarations = await db.declaration.count();
  const { rollups, ...tables } = await rebuildRollups(db, { actorId: null, via: "command" });
  const detail = Object.entries(tables)
    .map(([table, rows]) => `${table} ${rows}`)
    .join(", ");
  console.log(
    `Rollups rebuilt: ${rollups} rows (${detail}) from ${declarations} declarations in ${Date.now() - started} ms.`,
  );
} finally {
  await db.$disconnect();
}
