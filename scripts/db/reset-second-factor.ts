// `npm run db:reset-second-factor -- <email>`: for a user who has lost the
// authenticator, the recovery codes and any security key. Turns two-step
// sign-in off for the account, deletes its recovery codes and security keys,
// and ends its sessions (lib/server/deployment/reset-second-factor.ts). Staff
// and park operators are sent to enrol again at their next sign-in.
import { createPrismaClient } from "@/lib/db/create-client";
import { resetSecondFactor } from "@/lib/server/deployment/reset-second-factor";
import { scriptEnv } from "./script-env";

const USAGE = "Usage: npm run db:reset-second-factor -- <email>";

const positionals = process.argv.slice(2);
if (positionals.length !== 1 || positionals[0].startsWith("-")) {
  console.error(USAGE);
  process.exit(1);
}
const env = scriptEnv();

const db = createPrismaClient(env.DATABASE_URL);
try {
  const result = await resetSecondFactor(db, { email: positionals[0] });
  if (!result.ok) {
    console.error(
      result.reason === "unknown"
        ? `Refused: no account has the email ${positionals[0]}. Nothing was changed.`
        : `Refused: "${positionals[0]}" is not a usable email address.\n${USAGE}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Two-step sign-in reset for ${result.email}: authenticator removed, ${result.recoveryCodes} recovery code(s) and ` +
        `${result.securityKeys} security key(s) deleted, ${result.endedSessions} session(s) ended.`,
    );
    if (result.role !== "MERCHANT")
      console.log("At the next sign-in with the password, the account is sent to enrol a second factor again.");
  }
} finally {
  await db.$disconnect();
}
