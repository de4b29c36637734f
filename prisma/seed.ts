// `npm run db:seed`: loads the deterministic demo data into an empty database.
// Does nothing when the data is already there. Refuses when DEMO_DATA=off,
// because the demo accounts share a published password.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_PASSWORD } from "@/lib/seed/demo";
import { seedAll } from "@/lib/seed";

const env = parseEnv(process.env);
if (env.DEMO_DATA === "off") {
  console.error("DEMO_DATA=off: refusing to create the demo accounts (their password is published).");
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
