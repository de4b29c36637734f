import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
