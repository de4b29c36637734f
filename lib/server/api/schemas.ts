import "server-only";
import { z } from "zod";
import { SKU_FILTER_FIELDS as F, SKU_STATUSES, SkuInput } from "@/lib/validation/sku";

// The API's shapes beyond the SKU rules themselves. The OpenAPI document is
// generated from these and from lib/validation/sku.ts, never written by hand;
// a description is a key of the catalogs' `apiDocs` namespace (English and
// Chinese), which lib/server/api/openapi.ts fills in.

export const MAX_BATCH = 1_000;

export const SkuBatchInput = z
  .object({ items: z.array(SkuInput).min(1, "required").max(MAX_BATCH, "tooMany") })
  .meta({ description: "apiDocs.schemas.skuBatchInput" });

export const SkuOutput = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    hsCode: z.string(),
    hsChapter: z.string().meta({ description: "apiDocs.fields.hsChapter" }),
    originCountry: z.string(),
    unitPriceMinor: z.number().int(),
    currency: z.string(),
    weightGrams: z.number().int(),
    status: z.enum(SKU_STATUSES),
    markets: z.array(z.string()),
    platforms: z.array(z.string()),
    stock: z.record(z.string(), z.number().int()).meta({ description: "apiDocs.fields.stockOutput" }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ description: "apiDocs.schemas.skuOutput" });
export type SkuOutput = z.output<typeof SkuOutput>;

export const ApiErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ examples: ["validation_failed"] }),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "apiDocs.fields.errorFields" }),
    }),
  })
  .meta({ description: "apiDocs.schemas.error" });

/** The list's query string: the web list's filters, strict, plus a page size and a cursor. */
export const ApiSkuQuery = z.object({
  q: F.q.default(""),
  market: F.market.optional(),
  chapter: F.chapter.optional(),
  warehouse: F.warehouse.optional(),
  status: F.status.default("ACTIVE"),
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "apiDocs.fields.limit" }),
  cursor: z.string().max(200).optional().meta({ description: "apiDocs.fields.cursor" }),
});

export const SkuResponse = z.object({ data: SkuOutput });
export const SkuListResponse = z.object({
  data: z.array(SkuOutput),
  nextCursor: z.string().nullable().meta({ description: "apiDocs.fields.nextCursor" }),
});
export const SkuBatchResponse = z.object({ data: z.object({ created: z.number().int(), codes: z.array(z.string()) }) });
export const SkuDeleteResponse = z.object({
  data: z.object({
    code: z.string(),
    outcome: z.enum(["deleted", "archived"]).meta({ description: "apiDocs.fields.outcome" }),
  }),
});
