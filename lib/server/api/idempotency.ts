import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Locale } from "@/lib/i18n/config";
import { apiError, apiJson, fieldMessage } from "./respond";

/** How long a key's answer is kept and replayed (Stripe keeps them 24 hours). */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** 1 to 255 visible ASCII characters: a UUID, or any key of the ERP's own. */
const KEY = /^[\x21-\x7E]{1,255}$/;

/** Answers worth replaying: the request ran and decided (created, or found the code taken). */
const KEPT = new Set([201, 409]);

/** The headers of an answer that belong to it (not the rate limit's, which are the retry's own). */
const KEPT_HEADERS = ["Location", "ETag"];

/**
 * Runs `handle` at most once per Idempotency-Key and merchant (Stripe's
 * model). Without the header it simply runs. With it, the first request
 * claims the key; a retry with the same body within 24 hours gets the first
 * answer again with `Idempotent-Replayed: true` and changes nothing; the same
 * key with another body is 422; a retry while the first is still running is
 * 409. Only answers of a request that ran (201, 409) are kept: after any other
 * refusal the key is free again, so the corrected request can use it.
 */
export async function withIdempotency(
  db: Db,
  request: Request,
  scope: { merchantId: string; locale: Locale },
  body: unknown,
  handle: () => Promise<Response>,
  now = new Date(),
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key === null) return handle();
  const { merchantId, locale } = scope;
  if (!KEY.test(key))
    return apiError(locale, "invalid_request", {
      fields: { "Idempotency-Key": fieldMessage(locale, "apiContract.errors.idempotencyKey") },
    });
  const hash = requestHash(request.method, request.url, body);

  const claimed = await claim(db, merchantId, key, hash, now);
  if (!claimed.ok) {
    const first = claimed.existing;
    if (first.requestHash !== hash)
      return apiError(locale, "validation_failed", {
        fields: { "Idempotency-Key": fieldMessage(locale, "apiContract.errors.idempotencyReused") },
      });
    if (first.status === null)
      return apiError(locale, "conflict", {
        fields: { "Idempotency-Key": fieldMessage(locale, "apiContract.errors.idempotencyInProgress") },
      });
    const headers = JSON.parse(first.headers ?? "{}") as Record<string, string>;
    return apiJson(JSON.parse(first.body ?? "null"), first.status, { ...headers, "Idempotent-Replayed": "true" });
  }

  let response: Response;
  try {
    response = await handle();
  } catch (error) {
    await db.apiIdempotencyKey.delete({ where: { id: claimed.id } }).catch(() => undefined);
    throw error;
  }
  if (!KEPT.has(response.status)) {
    await db.apiIdempotencyKey.delete({ where: { id: claimed.id } });
    return response;
  }
  const kept = Object.fromEntries(
    KEPT_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
  await db.apiIdempotencyKey.update({
    where: { id: claimed.id },
    data: { status: response.status, body: await response.clone().text(), headers: JSON.stringify(kept) },
  });
  return response;
}

/** What tells a retry from another request under the same key: the method, the path and the body read. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${new URL(url).pathname}\n${JSON.stringify(body)}`)
    .digest("hex");
}

type Claim =
  | { ok: true; id: string }
  | {
      ok: false;
      existing: { requestHash: string; status: number | null; body: string | null; headers: string | null };
    };

/** Takes the key for this request, or finds who has it; a key past its 24 hours is taken afresh. */
async function claim(db: Db, merchantId: string, key: string, requestHash: string, now: Date): Promise<Claim> {
  // The merchant's expired keys go first, so that they can be used again and the table stays small.
  await db.apiIdempotencyKey.deleteMany({ where: { merchantId, expiresAt: { lte: now } } });
  try {
    const row = await db.apiIdempotencyKey.create({
      data: { merchantId, key, requestHash, expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS) },
      select: { id: true },
    });
    return { ok: true, id: row.id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db.apiIdempotencyKey.findUnique({
    where: { merchantId_key: { merchantId, key } },
    select: { requestHash: true, status: true, body: true, headers: true },
  });
  // Gone between the two queries (its request failed and freed it): ask the client to retry.
  return { ok: false, existing: existing ?? { requestHash, status: null, body: null, headers: null } };
}
