import { toCsv, csvResponse } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { refuseExport } from "@/lib/server/exports/list-export";
import {
  collectPersonalData,
  countPersonalAuditEntries,
  personalDataRows,
} from "@/lib/server/privacy/export-personal-data";
import { shanghaiDay } from "@/lib/time/shanghai";

const jsonOf = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2);

/**
 * The signed-in person's own data (PIPL Art. 45), as JSON (`?format=json`,
 * the default) or as one CSV with a section column (`?format=csv`). Only ever
 * the caller's: the user id comes from the session, never from the request.
 */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "user", {
    forbidden: "privacyRights.download.forbidden",
    signedOut: "privacyRights.download.signedOut",
  });
  if (!who.ok) return who.response;
  const userId = who.actor.userId;
  const refused = await refuseExport(db, "personalData", userId, () => countPersonalAuditEntries(db, userId));
  if (refused) return refused;
  const now = new Date();
  const data = await collectPersonalData(db, userId, now);
  const baseName = `personal-data-${shanghaiDay(now)}`;
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return csvResponse(toCsv(["section", "record", "field", "value"], personalDataRows(data)), `${baseName}.csv`);
  }
  return new Response(jsonOf(data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${baseName}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
