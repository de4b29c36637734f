// `npm run db:create-staff -- <email> [--name <name>]`: creates a commission
// staff account on a real deployment (no demo data) and prints a one-time link
// that sets its password. The account has no usable password until then.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { createStaffAccount, setupLink } from "@/lib/server/deployment/create-staff-account";
import { scriptEnv } from "./script-env";

const USAGE = "Usage: npm run db:create-staff -- <email> [--name <name>]";

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { name: { type: "string" } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
if (args.positionals.length !== 1) {
  console.error(USAGE);
  process.exit(1);
}
const env = scriptEnv();

const db = createPrismaClient(env.DATABASE_URL);
try {
  const result = await createStaffAccount(db, { email: args.positionals[0], name: args.values.name });
  if (!result.ok) {
    console.error(
      result.reason === "exists"
        ? `Refused: an account with the email ${result.email} already exists. Nothing was changed.`
        : result.field === "email"
          ? `Refused: "${args.positionals[0]}" is not a usable email address.\n${USAGE}`
          : `Refused: the name must be at most 100 characters, without control characters.\n${USAGE}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`Staff account created for ${result.email}. It has no password yet.`);
    console.log(`Open this link to set its password (once, before ${result.expiresAt.toISOString()}):`);
    console.log(`  ${setupLink(result.token, env)}`);
  }
} finally {
  await db.$disconnect();
}
