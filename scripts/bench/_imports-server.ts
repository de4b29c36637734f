// The server side of `npm run bench -- imports` (scripts/bench/imports.ts): a
// process that answers /api/health as the portal's route does (one SELECT 1
// through the process's Prisma client) and queues SKU imports as the upload
// route does. BENCH_IMPORT_MODE=workers runs them through the worker-thread
// runner; =inline runs them on the server's own thread, as before issue 13.
import { readFileSync } from "node:fs";
import http from "node:http";
import { createPrismaClient } from "@/lib/db/create-client";
import { IMPORT_HANDLERS } from "@/lib/server/imports/handlers";
import { enqueueImportJob, runImportJob } from "@/lib/server/imports/queue";
import { createWorkerPoolRunner } from "@/lib/server/imports/runner";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";

const databaseUrl = process.env.DATABASE_URL!;
const inline = process.env.BENCH_IMPORT_MODE === "inline";
const db = createPrismaClient(databaseUrl);
const runner = inline
  ? null
  : createWorkerPoolRunner({ databaseUrl, concurrency: Number(process.env.IMPORT_CONCURRENCY ?? 2), db });
const ids: string[] = [];

type Upload = { merchantId: string; userId: string; file: string };

async function start(uploads: Upload[]) {
  for (const upload of uploads) {
    const job = await enqueueImportJob(db, {
      merchantId: upload.merchantId,
      kind: SKU_IMPORT_KIND,
      fileName: upload.file,
      createdById: upload.userId,
      payload: readFileSync(upload.file),
    });
    if (!job) throw new Error("refused");
    ids.push(job.id);
    if (runner) runner.enqueue(job);
    else
      setImmediate(async () => {
        await db.importJob.update({ where: { id: job.id }, data: { status: "VALIDATING", startedAt: new Date() } });
        await runImportJob(db, job.id, IMPORT_HANDLERS);
      });
  }
}

const json = (res: http.ServerResponse, body: unknown) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
};

const server = http.createServer(async (req, res) => {
  if (req.url === "/api/health") {
    await db.$queryRawUnsafe("SELECT 1");
    return json(res, { status: "ok" });
  }
  if (req.url === "/start" && req.method === "POST") {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    await start(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Upload[]);
    return json(res, { ids });
  }
  if (req.url === "/jobs") {
    return json(
      res,
      await db.importJob.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true, totalRows: true, createdAt: true, startedAt: true, finishedAt: true },
      }),
    );
  }
  res.writeHead(404).end();
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
