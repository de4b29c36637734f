import { db } from "@/lib/server/db";
import { logError, requestIdOf } from "@/lib/server/observability/log-error";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** 200 when the database answers; 503 with the request id when it does not (the cause goes to the log). */
export async function GET(request: Request) {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" }, { headers: NO_STORE });
  } catch (error) {
    const requestId = requestIdOf(request.headers);
    logError(error, { requestId, method: "GET", route: "/api/health", routeType: "route" });
    return Response.json({ status: "unavailable", requestId }, { status: 503, headers: NO_STORE });
  }
}
