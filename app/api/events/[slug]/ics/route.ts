import { db } from "@/lib/server/db";
import { buildEventIcs, icsFileName } from "@/lib/server/events/ics";
import { eventKeyWhere } from "@/lib/server/events/rules";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { getUiLocale } from "@/lib/i18n/server";

// The event's calendar file, for anyone who can see its page: every event but a draft.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // Next.js decodes the path segment once; a second decode would throw on a stray "%".
  const { slug } = await params;
  const event = await db.event.findFirst({
    where: { ...eventKeyWhere(slug), status: { not: "DRAFT" } },
  });
  if (!event) return Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = buildEventIcs(event, await getUiLocale(), await requestOrigin());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${icsFileName(event)}"`,
      "Cache-Control": "no-store",
    },
  });
}
