// Runs one claimed import job in a process of its own, so that a test can
// kill it in the middle of the write (lib/server/imports/all-or-nothing.test.ts).
import { createPrismaClient } from "@/lib/db/create-client";
import { IMPORT_HANDLERS } from "@/lib/server/imports/handlers";
import { runImportJob } from "@/lib/server/imports/queue";

const db = createPrismaClient(process.env.DATABASE_URL!);
await runImportJob(db, process.argv[2], IMPORT_HANDLERS);
process.exit(0);
