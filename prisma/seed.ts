// `npm run db:seed`: loads the deterministic demo data into an empty database.
// Does nothing when the data is already there. The demo accounts share a
// published password, so it refuses unless lib/seed/demo-policy.mjs allows it:
// the embedded default database (DATABASE_URL unset), or DEMO_DATA=on.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD } from "@/lib/seed/demo";
import { demoDataDecision } from "@/lib/seed/demo-policy.mjs";
import { seedAll } from "@/lib/seed";

const env = parseEnv(process.env);
const decision = demoDataDecision(process.env);
if (!decision.load) {
  console.error(
    decision.reason === "off"
      ? "DEMO_DATA=off: refusing to create the demo accounts (their password is published)."
      : "DATABASE_URL is set: refusing to create the demo accounts (their password is published) unless DEMO_DATA=on.",
  );
  process.exit(1);
}
const db = createPrismaClient(env.DATABASE_URL);
try {
  const started = Date.now();
  const created = await seedAll(db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
  const parts = Object.entries(created)
    .filter(([, c]) => c)
    .map(([part]) => part);
  console.log(
    parts.length
      ? `Demo data seeded (${parts.join(", ")}) in ${Date.now() - started} ms.`
      : "Demo data already present; nothing seeded.",
  );
} finally {
  await db.$disconnect();
}
