import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { getMerchantLogo } from "@/lib/server/merchants/logo";
import { scopedNotFoundResponse } from "@/lib/server/observability/tenant-probe";

// A logo is seen by the merchant's members, commission staff and its park's
// operator (getMerchantLogo scopes the query); anyone else gets the same 404 as
// for a merchant without a logo, so ids are not confirmed (and is logged as a
// tenant probe when the logo exists).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await authorizeRoute(request, "user");
  if (!who.ok) return who.response;
  const { id } = await params;
  const logo = await getMerchantLogo(db, who.actor, id);
  if (!logo) {
    // A logo that exists but is outside the caller's scope is a probe, and logged as one.
    const where = "route:/api/merchants/[id]/logo";
    return scopedNotFoundResponse(db, { kind: "merchantLogo", id, where, userId: who.user.id });
  }
  return new Response(new Uint8Array(logo.data), {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.data.length),
      "Cache-Control": "private, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "Last-Modified": logo.updatedAt.toUTCString(),
    },
  });
}
