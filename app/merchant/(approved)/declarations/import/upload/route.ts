import { getTranslations } from "next-intl/server";
import { readBodyLimited, withBody } from "@/lib/server/api/read-body";
import { readCsvUpload } from "@/lib/server/imports/upload";
import { MAX_OPEN_IMPORTS_PER_MERCHANT } from "@/lib/server/imports/queue";
import { isSameOrigin } from "@/lib/server/imports/same-origin";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { DECLARATION_IMPORT_MAX_BYTES } from "@/lib/server/declarations/import-declarations";
import { startDeclarationImport } from "@/lib/server/declarations/start-declaration-import";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

/**
 * Receives the declarations CSV and queues its import, as the SKU upload
 * route does. Scripts get JSON; a form posted without JavaScript is sent on
 * to the job's page.
 */
export async function POST(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  // The file plus the multipart envelope; reading stops at the limit.
  const body = await readBodyLimited(request, DECLARATION_IMPORT_MAX_BYTES + 64 * 1024);
  const upload = body.ok ? await readCsvUpload(withBody(request, body.bytes), DECLARATION_IMPORT_MAX_BYTES) : body;
  if (!upload.ok) {
    if (!wantsJson) return seeOther(`/merchant/declarations/import?error=${upload.reason}`);
    const [t, td] = await Promise.all([getTranslations("imports.upload.errors"), getTranslations("declarations")]);
    const status = upload.reason === "tooLarge" ? 413 : 400;
    // The SKU upload's message names its own limit; this file's is 2 MB.
    const message = upload.reason === "tooLarge" ? td("importPage.tooLarge") : t(upload.reason);
    return Response.json({ error: upload.reason, message }, { status });
  }
  const job = await startDeclarationImport(who.actor, upload);
  if (!job.ok) {
    if (!wantsJson) return seeOther(`/merchant/declarations/import?error=${job.reason}`);
    const t = await getTranslations("importQueue");
    return Response.json(
      { error: job.reason, message: t(job.reason, { max: MAX_OPEN_IMPORTS_PER_MERCHANT }) },
      { status: 429 },
    );
  }
  const url = `/merchant/declarations/import/${job.id}`;
  return wantsJson ? Response.json({ id: job.id, url }, { status: 202 }) : seeOther(url);
}
