import { getTranslations } from "next-intl/server";
import { readBodyLimited, withBody } from "@/lib/server/api/read-body";
import { MAX_UPLOAD_BYTES, readCsvUpload } from "@/lib/server/imports/upload";
import { MAX_OPEN_IMPORTS_PER_MERCHANT } from "@/lib/server/imports/queue";
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
  // The file plus the multipart envelope; reading stops at the limit.
  const body = await readBodyLimited(request, MAX_UPLOAD_BYTES + 64 * 1024);
  const upload = body.ok ? await readCsvUpload(withBody(request, body.bytes)) : body;
  if (!upload.ok) {
    if (!wantsJson) return seeOther(`/merchant/skus/import?error=${upload.reason}`);
    const t = await getTranslations("imports.upload.errors");
    const status = upload.reason === "tooLarge" ? 413 : 400;
    return Response.json({ error: upload.reason, message: t(upload.reason) }, { status });
  }
  const job = await startSkuImport(who.actor, upload);
  if (!job.ok) {
    if (!wantsJson) return seeOther(`/merchant/skus/import?error=${job.reason}`);
    const t = await getTranslations("importQueue");
    return Response.json(
      { error: job.reason, message: t(job.reason, { max: MAX_OPEN_IMPORTS_PER_MERCHANT }) },
      { status: 429 },
    );
  }
  const url = `/merchant/skus/import/${job.id}`;
  return wantsJson ? Response.json({ id: job.id, url }, { status: 202 }) : seeOther(url);
}
