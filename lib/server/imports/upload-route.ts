import "server-only";
import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { readBodyLimited, withBody } from "@/lib/server/api/read-body";
import { db } from "@/lib/server/db";
import { scanUpload } from "@/lib/server/uploads/scan";
import { screenTable } from "@/lib/sheets/read";
import { importRunner } from "./import-runner";
import { enqueueImportJob, MAX_OPEN_IMPORTS_PER_MERCHANT } from "./queue";
import { isSameOrigin } from "./same-origin";
import { MAX_UPLOAD_BYTES, readCsvUpload } from "./upload";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

type UploadRoute = {
  /** The job kind its worker handler runs (`IMPORT_HANDLERS`). */
  kind: string;
  /** The upload page; the job's page is `<base>/<id>`. */
  base: string;
  maxBytes?: number;
  /** The refusal of a file over `maxBytes`, when it names another limit than the default message's. */
  tooLargeMessage?: () => Promise<string>;
};

/**
 * The POST handler that receives an import's CSV or .xlsx workbook (a route handler, as server
 * actions stop at 1 MB) and queues it as a job: a worker thread parses,
 * checks and writes it (a job of lib/server/jobs/, run in a thread of
 * lib/server/imports/runner.ts), one import at a time
 * per merchant, and the page follows it by polling the job; the uploader is
 * told in the inbox when it ends. Refused ("busy") while the merchant has
 * MAX_OPEN_IMPORTS_PER_MERCHANT imports open. Scripts get JSON; a form posted
 * without JavaScript is sent on to the job's page.
 */
export function importUploadRoute({ kind, base, maxBytes = MAX_UPLOAD_BYTES, tooLargeMessage }: UploadRoute) {
  return async function POST(request: Request) {
    const who = await authorizeRoute(request, "activeMerchant");
    if (!who.ok) return who.response;
    if (!isSameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
    const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
    // The file plus the multipart envelope; reading stops at the limit.
    const body = await readBodyLimited(request, maxBytes + 64 * 1024);
    const upload = body.ok ? await readCsvUpload(withBody(request, body.bytes), maxBytes) : body;
    if (!upload.ok) {
      if (!wantsJson) return seeOther(`${base}?error=${upload.reason}`);
      const t = await getTranslations("imports.upload.errors");
      const tooLarge = upload.reason === "tooLarge";
      const message =
        tooLarge && tooLargeMessage
          ? await tooLargeMessage()
          : upload.reason === "notCsv"
            ? (await getTranslations("sheets.upload"))("notTable")
            : t(upload.reason);
      return Response.json({ error: upload.reason, message }, { status: tooLarge ? 413 : 400 });
    }
    // A workbook that cannot be read (password, damage, a zip bomb) is refused now, with its reason.
    const screen = await screenTable(upload.bytes);
    if (!screen.ok) {
      const error = `workbook-${screen.reason}`;
      if (!wantsJson) return seeOther(`${base}?error=${error}`);
      const t = await getTranslations("sheets.refused");
      return Response.json({ error, message: t(screen.reason) }, { status: 422 });
    }
    const scan = await scanUpload(upload.bytes, { where: `import:${kind}`, userId: who.actor.userId });
    if (!scan.ok) {
      if (!wantsJson) return seeOther(`${base}?error=${scan.reason}`);
      const t = await getTranslations("uploadScan");
      return Response.json(
        { error: scan.reason, message: t(scan.reason) },
        { status: scan.reason === "infected" ? 422 : 503 },
      );
    }
    const job = await enqueueImportJob(db, {
      merchantId: who.actor.merchantId,
      kind,
      fileName: upload.fileName,
      createdById: who.actor.userId,
      payload: upload.bytes,
    });
    if (!job) {
      if (!wantsJson) return seeOther(`${base}?error=busy`);
      const t = await getTranslations("importQueue");
      return Response.json(
        { error: "busy", message: t("busy", { max: MAX_OPEN_IMPORTS_PER_MERCHANT }) },
        { status: 429 },
      );
    }
    await importRunner().enqueue(job);
    const url = `${base}/${job.id}`;
    return wantsJson ? Response.json({ id: job.id, url }, { status: 202 }) : seeOther(url);
  };
}
