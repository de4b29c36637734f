import { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { formatLimit, MAX_FORM_BYTES, readBodyLimited, withBody } from "@/lib/server/api/read-body";
import { handlers } from "@/lib/server/auth/auth";

const CALLBACK_URL_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];

/** Auth.js's own test of a callback URL: an http(s) URL, or a path on this site. */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js answers a callbackUrl that is not a URL (in the query or in its
 * cookie) with a 500, as if the server were misconfigured; it is the
 * client's mistake, so it gets a 400 before Auth.js sees it.
 */
function refusingBadCallbackUrls(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest) => {
    const given = [
      ...request.nextUrl.searchParams.getAll("callbackUrl"),
      ...CALLBACK_URL_COOKIES.map((name) => request.cookies.get(name)?.value ?? ""),
    ];
    if (given.some((value) => value && !isHttpUrl(value, request.nextUrl.origin)))
      return Response.json({ error: "invalidCallbackUrl" }, { status: 400, headers: { "Cache-Control": "no-store" } });
    return handler(request);
  };
}

/** Auth.js reads the posted form whole: it gets the body only once it is known to be within the limit. */
async function postWithinLimit(request: NextRequest) {
  const read = await readBodyLimited(request, MAX_FORM_BYTES);
  if (!read.ok) {
    const t = await getTranslations("requestBody");
    const status = read.reason === "tooLarge" ? 413 : 400;
    const message = t(read.reason, { limit: formatLimit(MAX_FORM_BYTES) });
    return Response.json({ error: read.reason, message }, { status, headers: { "Cache-Control": "no-store" } });
  }
  return handlers.POST(new NextRequest(withBody(request, read.bytes)));
}

export const GET = refusingBadCallbackUrls(handlers.GET);
export const POST = refusingBadCallbackUrls(postWithinLimit);
