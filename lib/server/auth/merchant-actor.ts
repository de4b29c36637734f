import "server-only";
import { AuthorizationError, requireActiveMerchant } from "./guards";

/**
 * For the merchant area's server actions: the signed-in member of an approved,
 * active merchant as the actor of a use case, or null for anyone else. Whether
 * the member may do the thing (e.g. owns the merchant) is for the use case.
 */
export async function merchantActor(): Promise<{ id: string; merchantId: string } | null> {
  try {
    const user = await requireActiveMerchant();
    return { id: user.id, merchantId: user.merchant.id };
  } catch (error) {
    if (error instanceof AuthorizationError) return null;
    throw error;
  }
}
