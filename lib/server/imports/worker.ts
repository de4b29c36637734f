// Not server-only: this is the body of an import worker thread (see worker-entry.mjs).
// Parsing, validation and the write all happen here, off the server's event loop.
import { parentPort, workerData } from "node:worker_threads";
import { createPrismaClient } from "@/lib/db/create-client";
import { IMPORT_HANDLERS } from "./handlers";
import { claimNextImportJob, HEARTBEAT_MS, runImportJob, touchImportJob, type QueuedJob } from "./queue";
import type { WorkerReply, WorkerRequest } from "./runner";

const port = parentPort!;
const { databaseUrl } = workerData as { databaseUrl: string };
// The thread may wait for another import's transaction on SQLite as long as it
// takes; only the server's own connection must never wait long.
const db = createPrismaClient(databaseUrl, { busyTimeoutMs: 10 * 60_000 });
const reply = (message: WorkerReply) => port.postMessage(message);

async function claimAndRun() {
  let job;
  try {
    job = await claimNextImportJob(db);
  } catch (error) {
    console.error("[import] could not claim a job:", error instanceof Error ? error.message : error);
  }
  if (!job) return reply({ type: "idle" });
  reply({ type: "started", job });
  await run(job);
}

/** Runs a job claimed already (by this thread, or by the job queue's handler for it). */
async function run(job: QueuedJob) {
  const heartbeat = setInterval(() => void touchImportJob(db, job.id).catch(() => undefined), HEARTBEAT_MS);
  try {
    reply({ type: "finished", job: await runImportJob(db, job.id, IMPORT_HANDLERS) });
  } finally {
    clearInterval(heartbeat);
  }
}

port.on("message", (message: WorkerRequest) => {
  if (message.type === "claim") void claimAndRun();
  else if (message.type === "run") void run(message.job);
});
