import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/config";
import { hitRateLimit, type RateLimitRule, type RateLimitState } from "@/lib/server/rate-limit";
import type { SkuActor } from "@/lib/server/skus/context";
import { apiError, apiLocale } from "./respond";
import { hashApiToken, isWellFormedApiToken } from "./tokens";

/** Requests per token per window. */
export const API_RATE_LIMIT: RateLimitRule = { limit: 600, windowSeconds: 60 };
export const apiRateLimitKey = (tokenId: string) => `api-token:${tokenId}`;

export type ApiCaller = {
  tokenId: string;
  actor: SkuActor;
  locale: Locale;
  /** RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset: sent on every answer to this token. */
  rateLimit: Record<string, string>;
};
export type ApiAuth = { ok: true; caller: ApiCaller } | { ok: false; response: Response };

// Writing lastUsedAt on every request would add a write to every read.
const LAST_USED_GRANULARITY_MS = 60_000;

/** The token's window as the IETF RateLimit headers: the limit, the requests left, the seconds until it resets. */
export function rateLimitHeaders(state: RateLimitState, now: Date): Record<string, string> {
  const reset = state.resetAt ? Math.max(0, Math.ceil((state.resetAt.getTime() - now.getTime()) / 1000)) : 0;
  return {
    "RateLimit-Limit": String(API_RATE_LIMIT.limit),
    "RateLimit-Remaining": String(Math.max(0, API_RATE_LIMIT.limit - state.count)),
    "RateLimit-Reset": String(reset),
  };
}

/**
 * The merchant behind `Authorization: Bearer <token>`: 401 for a missing,
 * unknown or revoked token, 403 when the merchant may not use the portal
 * (pending, suspended), 429 past the token's rate limit. Every request of a
 * known token counts against its limit (a refused one too), so every answer
 * but the 401 carries the RateLimit headers.
 */
export async function authenticateApi(db: Db, request: Request, now = new Date()): Promise<ApiAuth> {
  const locale = apiLocale(request);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  const unauthorized = (): ApiAuth => ({
    ok: false,
    response: apiError(locale, "unauthorized", { headers: { "WWW-Authenticate": 'Bearer realm="cbec-api"' } }),
  });
  if (!match || !isWellFormedApiToken(match[1])) return unauthorized();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]) },
    select: {
      id: true,
      merchantId: true,
      revokedAt: true,
      createdById: true,
      lastUsedAt: true,
      merchant: { select: { verificationStatus: true, accountState: true } },
    },
  });
  if (!token || token.revokedAt) return unauthorized();
  const limit = await hitRateLimit(db, apiRateLimitKey(token.id), API_RATE_LIMIT, now);
  const rateLimit = rateLimitHeaders(limit, now);
  if (limit.limited) {
    const retry = Math.max(1, Math.ceil(((limit.resetAt?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
    return {
      ok: false,
      response: apiError(locale, "rate_limited", { headers: { ...rateLimit, "Retry-After": String(retry) } }),
    };
  }
  if (token.merchant.verificationStatus !== "APPROVED" || token.merchant.accountState !== "ACTIVE") {
    return { ok: false, response: apiError(locale, "forbidden", { headers: rateLimit }) };
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  // Changes are audited as the person who created the token, while that account exists.
  const creator = token.createdById
    ? await db.user.findUnique({ where: { id: token.createdById }, select: { id: true } })
    : null;
  return {
    ok: true,
    caller: {
      tokenId: token.id,
      actor: { userId: creator?.id ?? null, merchantId: token.merchantId },
      locale,
      rateLimit,
    },
  };
}
