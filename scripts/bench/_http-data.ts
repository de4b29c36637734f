// The portal's data for `npm run bench -- http`, in the SQLite file
// BENCH_HTTP_DB: the demo data and its SKUs, random declarations up to
// BENCH_DECLARATIONS (the dashboard benchmark's generator), the rollups, and a
// session for the demo staff member and the demo merchant owner, who have
// agreed to the privacy notice in force. Prints the
// two sessions as JSON on its last line. Run by http.ts in its own process
// with the react-server condition (the rollup code is server-only).
import { existsSync } from "node:fs";
import { deployMigrations } from "../../lib/db/migration-engine.mjs";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { seedDeclarations } from "@/lib/seed/declarations";
import { seedSkus } from "@/lib/seed/skus";
import { createSession } from "@/lib/server/auth/sessions";
import { needsConsent, recordConsent } from "@/lib/server/privacy/consents";
import { rebuildRollups } from "@/lib/server/declarations/rebuild-rollups";
import { fillSqlite } from "./_declarations";

const file = process.env.BENCH_HTTP_DB!;
const target = Number(process.env.BENCH_DECLARATIONS ?? 1_000_000);
const url = `file:${file}`;
const fresh = !existsSync(file);
await deployMigrations(url);
const db = createPrismaClient(url);
try {
  if (fresh) {
    const started = Date.now();
    await seedDemo(db, { passwordHash: "bench-no-password" });
    await seedSkus(db);
    await seedDeclarations(db);
    const merchants = (
      await db.merchant.findMany({ where: { verificationStatus: "APPROVED" }, select: { id: true } })
    ).map((m) => m.id);
    fillSqlite(file, merchants, Math.max(0, target - (await db.declaration.count())));
    await rebuildRollups(db);
    console.log(`data built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const declarations = await db.declaration.count();
  const sessionOf = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });
    // The pages ask whoever has not agreed to the privacy notice in force to agree first: the bench's users have.
    if (await needsConsent(db, user.id)) await recordConsent(db, user.id, "RENEWAL", { clientAddress: "127.0.0.1" });
    return { ...user, sessionId: await createSession(db, user.id) };
  };
  const sessions = {
    staff: await sessionOf("staff@example.com"),
    merchant: await sessionOf("merchant@example.com"),
  };
  console.log(JSON.stringify({ declarations, sessions }));
} finally {
  await db.$disconnect();
}
process.exit(0);
