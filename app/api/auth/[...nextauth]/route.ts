import { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { handlers } from "@/lib/server/auth/auth";
import { formatLimit, MAX_FORM_BYTES, readBodyLimited, withBody } from "@/lib/server/api/read-body";

export const { GET } = handlers;

/** Auth.js reads the posted form whole: it gets the body only once it is known to be within the limit. */
export async function POST(request: NextRequest) {
  const read = await readBodyLimited(request, MAX_FORM_BYTES);
  if (!read.ok) {
    const t = await getTranslations("requestBody");
    const status = read.reason === "tooLarge" ? 413 : 400;
    const message = t(read.reason, { limit: formatLimit(MAX_FORM_BYTES) });
    return Response.json({ error: read.reason, message }, { status, headers: { "Cache-Control": "no-store" } });
  }
  return handlers.POST(new NextRequest(withBody(request, read.bytes)));
}
