import { getTranslations } from "next-intl/server";
import { readCsvUpload } from "@/lib/server/imports/upload";
import { isSameOrigin } from "@/lib/server/imports/same-origin";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { startSkuImport } from "@/lib/server/skus/start-sku-import";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/**
 * Receives the CSV (a route handler, as server actions stop at 1 MB) and
 * starts the import. Scripts get JSON; a form posted without JavaScript is
 * sent on to the job's page.
 */
export async function POST(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const upload = await readCsvUpload(request);
  if (!upload.ok) {
    if (!wantsJson) return seeOther(`/merchant/skus/import?error=${upload.reason}`);
    const t = await getTranslations("imports.upload.errors");
    return Response.json({ error: upload.reason, message: t(upload.reason) }, { status: 400 });
  }
  const job = await startSkuImport(who.actor, upload);
  const url = `/merchant/skus/import/${job.id}`;
  return wantsJson ? Response.json({ id: job.id, url }, { status: 202 }) : seeOther(url);
}
