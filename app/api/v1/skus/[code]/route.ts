import { db } from "@/lib/server/db";
import { apiError, apiJson, fieldMessage, issueFields, readJsonBody, zodFields } from "@/lib/server/api/respond";
import { apiRoute, methodNotAllowed } from "@/lib/server/api/route";
import { ifMatchHolds, skuEtag } from "@/lib/server/api/etag";
import { applyMergePatch } from "@/lib/server/api/merge-patch";
import type { SkuOutput } from "@/lib/server/api/schemas";
import { toApiSku } from "@/lib/server/api/sku-json";
import { deleteSku } from "@/lib/server/skus/archive-sku";
import { getSkuByCode } from "@/lib/server/skus/get-sku";
import { saveSku, type SaveTarget } from "@/lib/server/skus/save-sku";
import type { SkuActor } from "@/lib/server/skus/context";
import type { Locale } from "@/lib/i18n/config";
import { SkuInput, skuCodeField } from "@/lib/validation/sku";

type Context = { params: Promise<{ code: string }> };

/** The SKU code in the path, or 404 for a path that could not be a SKU code at all. */
async function pathCode(context: Context, locale: Locale) {
  const { code } = await context.params;
  const parsed = skuCodeField.safeParse(code);
  if (!parsed.success || parsed.data !== code) return { ok: false as const, response: apiError(locale, "not_found") };
  return { ok: true as const, code };
}

/** The merchant's SKU as the API shows it, with its id and ETag; null when it has none of that code. */
async function currentSku(merchantId: string, code: string) {
  const sku = await getSkuByCode(db, merchantId, code);
  if (!sku) return null;
  const data = toApiSku(sku);
  return { id: sku.id, updatedAt: sku.updatedAt, data, etag: skuEtag(data) };
}

function skuAnswer(data: SkuOutput, status: number, headers: Record<string, string> = {}) {
  return apiJson({ data }, status, { ETag: skuEtag(data), ...headers });
}

/** Validates a whole SKU body for the path's code and saves it: the answer PUT and PATCH share. */
async function saveWhole(
  request: Request,
  api: { actor: SkuActor; locale: Locale },
  code: string,
  body: Record<string, unknown>,
  target: SaveTarget,
  current: { id: string; updatedAt: Date; etag: string } | null,
) {
  const { actor, locale } = api;
  if (body.code !== code)
    return apiError(locale, "validation_failed", { fields: { code: fieldMessage(locale, "codeMismatch") } });
  const parsed = SkuInput.safeParse(body);
  if (!parsed.success) return apiError(locale, "validation_failed", { fields: zodFields(locale, parsed.error) });
  const ifMatch = request.headers.get("if-match");
  if (!ifMatchHolds(ifMatch, current?.etag ?? null)) return apiError(locale, "precondition_failed");
  // With If-Match, the write happens only if the SKU is still the version just compared.
  const conditional: SaveTarget =
    ifMatch !== null && current ? { mode: "update", id: current.id, unchangedSince: current.updatedAt } : target;
  const result = await saveSku(db, actor, parsed.data, conditional, "api");
  if (!result.ok && result.reason === "changed") return apiError(locale, "precondition_failed");
  if (!result.ok && result.reason === "invalid")
    return apiError(locale, "validation_failed", { fields: issueFields(locale, result.issues) });
  if (!result.ok && result.reason === "notFound") return apiError(locale, "not_found");
  if (!result.ok) return apiError(locale, "conflict", { fields: { code: fieldMessage(locale, "codeTaken", code) } });
  const saved = await currentSku(actor.merchantId, code);
  if (!result.created) return skuAnswer(saved!.data, 200);
  return skuAnswer(saved!.data, 201, { Location: `/api/v1/skus/${encodeURIComponent(code)}` });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** GET /api/v1/skus/{code}: 404 for a code this merchant does not have, whoever else has it. */
export const GET = apiRoute<Context>(async (_request, { actor, locale }, context) => {
  const path = await pathCode(context, locale);
  if (!path.ok) return path.response;
  const sku = await currentSku(actor.merchantId, path.code);
  if (!sku) return apiError(locale, "not_found");
  return skuAnswer(sku.data, 200);
});

/** PUT /api/v1/skus/{code}: creates the SKU (201) or replaces it (200); If-Match makes the change conditional. */
export const PUT = apiRoute<Context>(async (request, api, context) => {
  const path = await pathCode(context, api.locale);
  if (!path.ok) return path.response;
  const read = await readJsonBody(request, api.locale);
  if (!read.ok) return read.response;
  if (!isObject(read.body)) return apiError(api.locale, "invalid_request");
  const body = { ...read.body, code: "code" in read.body ? read.body.code : path.code };
  const current = request.headers.has("if-match") ? await currentSku(api.actor.merchantId, path.code) : null;
  return saveWhole(request, api, path.code, body, { mode: "upsert" }, current);
});

/**
 * PATCH /api/v1/skus/{code}: a JSON Merge Patch (RFC 7396) of the SKU as GET
 * shows it, so fields left out (stock, status) stay as they are.
 */
export const PATCH = apiRoute<Context>(async (request, api, context) => {
  const path = await pathCode(context, api.locale);
  if (!path.ok) return path.response;
  const read = await readJsonBody(request, api.locale, "application/merge-patch+json");
  if (!read.ok) return read.response;
  if (!isObject(read.body)) return apiError(api.locale, "invalid_request");
  const current = await currentSku(api.actor.merchantId, path.code);
  if (!current) return apiError(api.locale, "not_found");
  const { hsChapter: _c, createdAt: _a, updatedAt: _u, ...editable } = current.data;
  void [_c, _a, _u];
  const merged = applyMergePatch(editable, read.body) as Record<string, unknown>;
  return saveWhole(request, api, path.code, merged, { mode: "update", id: current.id }, current);
});

/** DELETE /api/v1/skus/{code}: deleted when it never held stock, archived otherwise. */
export const DELETE = apiRoute<Context>(async (request, { actor, locale }, context) => {
  const path = await pathCode(context, locale);
  if (!path.ok) return path.response;
  const ifMatch = request.headers.get("if-match");
  let where: { id: string } | { code: string } = { code: path.code };
  if (ifMatch !== null) {
    const current = await currentSku(actor.merchantId, path.code);
    if (!current) return apiError(locale, "not_found");
    if (!ifMatchHolds(ifMatch, current.etag)) return apiError(locale, "precondition_failed");
    where = { id: current.id };
  }
  const result = await deleteSku(db, actor, where, { archiveIfHistory: true, source: "api" });
  if (!result.ok) return apiError(locale, "not_found");
  return apiJson({ data: { code: result.code, outcome: result.outcome } });
});

/** POST belongs to the collection: 405 with Allow, as JSON. */
export const POST = methodNotAllowed(["GET", "PUT", "PATCH", "DELETE"]);
