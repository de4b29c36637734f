import { db } from "@/lib/server/db";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { apiError, apiJson, fieldMessage, issueFields, readJsonBody, zodFields } from "@/lib/server/api/respond";
import { toApiSku } from "@/lib/server/api/sku-json";
import { deleteSku } from "@/lib/server/skus/archive-sku";
import { getSkuByCode } from "@/lib/server/skus/get-sku";
import { saveSku } from "@/lib/server/skus/save-sku";
import { SkuInput, skuCodeField } from "@/lib/validation/sku";

type Context = { params: Promise<{ code: string }> };

/**
 * The token's caller and the SKU code in the path, or the answer that refuses:
 * the API's 401/403/429, or 404 for a path that could not be a SKU code at all.
 */
async function skuRequest(request: Request, context: Context) {
  const auth = await authorizeRoute(request, "apiToken");
  if (!auth.ok) return auth;
  const { code } = await context.params;
  const parsed = skuCodeField.safeParse(code);
  const { locale } = auth.api;
  if (!parsed.success || parsed.data !== code) return { ok: false as const, response: apiError(locale, "not_found") };
  return { ok: true as const, actor: auth.actor, locale, code };
}

/** GET /api/v1/skus/{code}: 404 for a code this merchant does not have, whoever else has it. */
export async function GET(request: Request, context: Context) {
  const req = await skuRequest(request, context);
  if (!req.ok) return req.response;
  const { actor, locale, code } = req;
  const sku = await getSkuByCode(db, actor.merchantId, code);
  if (!sku) return apiError(locale, "not_found");
  return apiJson({ data: toApiSku(sku) });
}

/** PUT /api/v1/skus/{code}: creates the SKU (201) or replaces it (200). */
export async function PUT(request: Request, context: Context) {
  const req = await skuRequest(request, context);
  if (!req.ok) return req.response;
  const { actor, locale, code } = req;
  const read = await readJsonBody(request, locale);
  if (!read.ok) return read.response;
  const body = read.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return apiError(locale, "invalid_request");
  const withCode = { ...body, code: "code" in body ? body.code : code };
  if (withCode.code !== code)
    return apiError(locale, "validation_failed", { fields: { code: fieldMessage(locale, "codeMismatch") } });
  const parsed = SkuInput.safeParse(withCode);
  if (!parsed.success) return apiError(locale, "validation_failed", { fields: zodFields(locale, parsed.error) });
  const result = await saveSku(db, actor, parsed.data, { mode: "upsert" }, "api");
  if (!result.ok && result.reason === "invalid")
    return apiError(locale, "validation_failed", { fields: issueFields(locale, result.issues) });
  if (!result.ok) return apiError(locale, "conflict", { fields: { code: fieldMessage(locale, "codeTaken", code) } });
  const sku = await getSkuByCode(db, actor.merchantId, code);
  return apiJson({ data: toApiSku(sku!) }, result.created ? 201 : 200);
}

/** DELETE /api/v1/skus/{code}: deleted when it never held stock, archived otherwise. */
export async function DELETE(request: Request, context: Context) {
  const req = await skuRequest(request, context);
  if (!req.ok) return req.response;
  const { actor, locale, code } = req;
  const result = await deleteSku(db, actor, { code }, { archiveIfHistory: true, source: "api" });
  if (!result.ok) return apiError(locale, "not_found");
  return apiJson({ data: { code: result.code, outcome: result.outcome } });
}
