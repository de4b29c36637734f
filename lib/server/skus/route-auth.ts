import "server-only";
import { AuthorizationError, requireActiveMerchant } from "@/lib/server/auth/guards";

/**
 * For the merchant area's route handlers (downloads, uploads, polling): the
 * approved, active merchant member, or the JSON answer for anyone else.
 */
export async function merchantForRoute(): Promise<
  { ok: true; userId: string; merchantId: string } | { ok: false; response: Response }
> {
  try {
    const user = await requireActiveMerchant();
    return { ok: true, userId: user.id, merchantId: user.merchant.id };
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    const status = error.code === "unauthenticated" ? 401 : 403;
    return {
      ok: false,
      response: Response.json({ error: error.code }, { status, headers: { "Cache-Control": "no-store" } }),
    };
  }
}
