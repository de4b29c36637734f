import { db } from "@/lib/server/db";
import { apiError, apiJson, fieldMessage, issueFields, readJsonBody, zodFields } from "@/lib/server/api/respond";
import { apiRoute, methodNotAllowed } from "@/lib/server/api/route";
import { skuEtag } from "@/lib/server/api/etag";
import { withIdempotency } from "@/lib/server/api/idempotency";
import type { SkuActor } from "@/lib/server/skus/context";
import type { Locale } from "@/lib/i18n/config";
import { ApiSkuQuery, SkuBatchInput } from "@/lib/server/api/schemas";
import { decodeCursor, encodeCursor, toApiSku } from "@/lib/server/api/sku-json";
import { createSkuBatch } from "@/lib/server/skus/create-skus";
import { getSkuByCode } from "@/lib/server/skus/get-sku";
import { exactSkuWhere, listSkusAfter } from "@/lib/server/skus/list-skus";
import { unlessTooBroad } from "@/lib/server/search/contains-text";
import { saveSku } from "@/lib/server/skus/save-sku";
import { SkuInput } from "@/lib/validation/sku";

/** GET /api/v1/skus: the token's merchant's SKUs by code, a page at a time. */
export const GET = apiRoute(async (request, { actor, locale }) => {
  const query = ApiSkuQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(locale, "invalid_request", { fields: zodFields(locale, query.error) });
  const { limit, cursor } = query.data;
  const after = cursor ? decodeCursor(cursor) : null;
  if (cursor && after === null)
    return apiError(locale, "invalid_request", { fields: { cursor: fieldMessage(locale, "invalid") } });
  const where = await unlessTooBroad(exactSkuWhere(db, actor.merchantId, query.data));
  if (!where)
    return apiError(locale, "invalid_request", { fields: { q: fieldMessage(locale, "globalSearch.errors.tooBroad") } });
  const rows = await listSkusAfter(db, where, after, limit + 1);
  const page = rows.slice(0, limit);
  return apiJson({
    data: page.map(toApiSku),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].code) : null,
  });
});

/** POST /api/v1/skus: one SKU, or { items: [...] } created all or nothing; Idempotency-Key makes a retry safe. */
export const POST = apiRoute(async (request, { actor, locale }) => {
  const read = await readJsonBody(request, locale);
  if (!read.ok) return read.response;
  const body = read.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return apiError(locale, "invalid_request");
  // With an Idempotency-Key, a retry of a request that ran gets its first answer again.
  return withIdempotency(db, request, { merchantId: actor.merchantId, locale }, body, () =>
    createFromBody(actor, locale, body),
  );
});

async function createFromBody(actor: SkuActor, locale: Locale, body: object): Promise<Response> {
  if ("items" in body) {
    // A body with items and a SKU's fields is neither: refused, not half-read.
    const beside = Object.keys(body).filter((key) => key !== "items");
    if (beside.length) {
      const message = fieldMessage(locale, "apiContract.errors.batchOnlyItems");
      return apiError(locale, "validation_failed", { fields: Object.fromEntries(beside.map((k) => [k, message])) });
    }
    const batch = SkuBatchInput.safeParse(body);
    if (!batch.success) return apiError(locale, "validation_failed", { fields: zodFields(locale, batch.error) });
    const repeated = repeatedCodes(batch.data.items.map((i) => i.code));
    if (Object.keys(repeated).length) {
      const fields = Object.fromEntries(
        Object.entries(repeated).map(([index, first]) => [
          `items.${index}.code`,
          fieldMessage(locale, "apiContract.errors.duplicateInBatch", String(first)),
        ]),
      );
      return apiError(locale, "validation_failed", { fields });
    }
    const result = await createSkuBatch(db, actor, batch.data.items);
    if (!result.ok && result.reason === "invalid") {
      const fields = Object.assign({}, ...result.issues.map((i) => issueFields(locale, [i.issue], ["items", i.index])));
      return apiError(locale, "validation_failed", { fields });
    }
    if (!result.ok) {
      const fields = Object.fromEntries(
        result.codes.map((c) => [`items.${c.index}.code`, fieldMessage(locale, "codeTaken", c.code)]),
      );
      return apiError(locale, "conflict", { fields });
    }
    return apiJson({ data: { created: result.codes.length, codes: result.codes } }, 201);
  }

  const parsed = SkuInput.safeParse(body);
  if (!parsed.success) return apiError(locale, "validation_failed", { fields: zodFields(locale, parsed.error) });
  const result = await saveSku(db, actor, parsed.data, { mode: "create" }, "api");
  if (!result.ok && result.reason === "invalid")
    return apiError(locale, "validation_failed", { fields: issueFields(locale, result.issues) });
  if (!result.ok)
    return apiError(locale, "conflict", { fields: { code: fieldMessage(locale, "codeTaken", parsed.data.code) } });
  const data = toApiSku((await getSkuByCode(db, actor.merchantId, result.code))!);
  return apiJson({ data }, 201, {
    Location: `/api/v1/skus/${encodeURIComponent(result.code)}`,
    ETag: skuEtag(data),
  });
}

/** For each item whose code an earlier item already has, the index of that earlier item. */
function repeatedCodes(codes: string[]): Record<number, number> {
  const first = new Map<string, number>();
  const repeated: Record<number, number> = {};
  codes.forEach((code, index) => {
    const seen = first.get(code);
    if (seen === undefined) first.set(code, index);
    else repeated[index] = seen;
  });
  return repeated;
}

/** The collection is listed and added to; a SKU is replaced, patched or deleted at /skus/{code}. */
const collectionOnly = methodNotAllowed(["GET", "POST"]);
export const PUT = collectionOnly;
export const PATCH = collectionOnly;
export const DELETE = collectionOnly;
