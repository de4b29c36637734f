import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { cbecDb?: Db };

/** The one Prisma client of the process. */
export const db: Db = globalForDb.cbecDb ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.cbecDb = db;
