// `npm run jobs`: a process that runs the job queue's workers and schedules
// only (every email, imports, the nightly rollup rebuild, event reminders), beside web
// processes started with JOB_WORKERS=0. Stops on SIGTERM or SIGINT after the
// jobs it runs have ended.
import { ensureAuthSecret } from "./auth-secret.mjs";

// The same AUTH_SECRET as the web processes (data/auth-secret when unset, as `npm start`):
// queued mails are sealed with a key derived from it.
ensureAuthSecret(process.env);
const { parseEnv } = await import("@/lib/env");
const { db } = await import("@/lib/server/db");
const { portalJobQueue, stopPortalJobs } = await import("@/lib/server/jobs/portal-jobs");

const env = parseEnv(process.env);
const queue = await portalJobQueue({ workers: true });
console.log(`[jobs] running workers on ${queue.backend} (${env.DATABASE_URL.split(":")[0]}); stop with Ctrl-C.`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[jobs] ${signal}: waiting for running jobs to end.`);
  await stopPortalJobs();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
