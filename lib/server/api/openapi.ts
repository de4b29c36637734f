import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { SkuInput } from "@/lib/validation/sku";
import { API_RATE_LIMIT } from "./authenticate";
import { MAX_JSON_BYTES } from "./respond";
import {
  ApiErrorBody,
  ApiSkuQuery,
  MAX_BATCH,
  SkuBatchInput,
  SkuBatchResponse,
  SkuDeleteResponse,
  SkuListResponse,
  SkuOutput,
  SkuResponse,
} from "./schemas";

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), without the $schema line. */
function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Json;
  void _drop;
  return rest;
}

/** A generated schema with some properties pointing at a shared component instead of repeating it. */
function withProperties(schema: Json, properties: Json): Json {
  return { ...schema, properties: { ...(schema.properties as Json), ...properties } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });

const ERRORS = {
  "400": error("apiDocs.errors.400"),
  "401": error("apiDocs.errors.401"),
  "403": error("apiDocs.errors.403"),
  "429": error("apiDocs.errors.429"),
};

/** Operations with a JSON body: one over the limit is cut off and refused. */
const TOO_LARGE = {
  "413": error("apiDocs.errors.413"),
  "415": error("apiDocs.errors.415"),
};

const codeParameter = {
  name: "code",
  in: "path",
  required: true,
  description: "apiDocs.fields.codePath",
  schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$" },
};

function queryParameters() {
  return Object.entries(ApiSkuQuery.shape).map(([name, field]) => {
    const schema = jsonSchema(field, "input");
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the
 * handlers parse with, its descriptions in the given language. Every
 * description, here and in the schemas' .meta(), is a key of the `apiDocs`
 * namespace of the catalogs, so each has its English and its Chinese text;
 * one that is not a key stops the build of the document.
 */
export function buildOpenApiDocument(locale: Locale = "en"): Json {
  return withDescriptions(documentWithKeys(), locale) as Json;
}

const KEY_PREFIX = "apiDocs.";

function withDescriptions(node: unknown, locale: Locale): unknown {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "apiDocs" }) as unknown as (
    key: string,
    params: Record<string, number>,
  ) => string;
  const params = {
    limit: API_RATE_LIMIT.limit,
    seconds: API_RATE_LIMIT.windowSeconds,
    maxBatch: MAX_BATCH,
    maxMb: MAX_JSON_BYTES / (1024 * 1024),
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k !== "description" || typeof v !== "string") return [k, walk(v)];
        if (!v.startsWith(KEY_PREFIX)) throw new Error(`OpenAPI description without a catalog key: ${v}`);
        return [k, t(v.slice(KEY_PREFIX.length), params)];
      }),
    );
  };
  return walk(node);
}

function documentWithKeys(): Json {
  const batch = jsonSchema(SkuBatchInput, "input");
  const items = (batch.properties as { items: Json }).items;
  return {
    openapi: "3.1.0",
    info: {
      title: "Chongqing CBEC Parks Portal: ERP API",
      version: "1.0.0",
      description: "apiDocs.info",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      "/skus": {
        get: {
          operationId: "listSkus",
          summary: "List SKUs",
          description: "apiDocs.operations.listSkus",
          parameters: queryParameters(),
          responses: { "200": { description: "apiDocs.responses.skuList", content: json(ref("SkuList")) }, ...ERRORS },
        },
        post: {
          operationId: "createSkus",
          summary: "Create one SKU or a batch",
          description: "apiDocs.operations.createSkus",
          requestBody: { required: true, content: json({ oneOf: [ref("SkuInput"), ref("SkuBatchInput")] }) },
          responses: {
            "201": {
              description: "apiDocs.responses.created",
              content: json({ oneOf: [ref("SkuResponse"), ref("SkuBatchResponse")] }),
            },
            ...ERRORS,
            ...TOO_LARGE,
            "409": error("apiDocs.errors.409"),
            "422": error("apiDocs.errors.422"),
          },
        },
      },
      "/skus/{code}": {
        parameters: [codeParameter],
        get: {
          operationId: "getSku",
          summary: "Get a SKU",
          responses: {
            "200": { description: "apiDocs.responses.sku", content: json(ref("SkuResponse")) },
            ...ERRORS,
            "404": error("apiDocs.errors.404"),
          },
        },
        put: {
          operationId: "putSku",
          summary: "Create or replace a SKU",
          description: "apiDocs.operations.putSku",
          requestBody: { required: true, content: json(ref("SkuInput")) },
          responses: {
            "200": { description: "apiDocs.responses.replaced", content: json(ref("SkuResponse")) },
            "201": { description: "apiDocs.responses.createdOne", content: json(ref("SkuResponse")) },
            ...ERRORS,
            ...TOO_LARGE,
            "422": error("apiDocs.errors.422"),
          },
        },
        delete: {
          operationId: "deleteSku",
          summary: "Delete or archive a SKU",
          description: "apiDocs.operations.deleteSku",
          responses: {
            "200": { description: "apiDocs.responses.deletedOrArchived", content: json(ref("SkuDeleteResponse")) },
            ...ERRORS,
            "404": error("apiDocs.errors.404"),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "apiDocs.bearer" },
      },
      schemas: {
        SkuInput: jsonSchema(SkuInput, "input"),
        SkuBatchInput: withProperties(batch, { items: { ...items, items: ref("SkuInput") } }),
        Sku: jsonSchema(SkuOutput),
        SkuResponse: withProperties(jsonSchema(SkuResponse), { data: ref("Sku") }),
        SkuList: withProperties(jsonSchema(SkuListResponse), { data: { type: "array", items: ref("Sku") } }),
        SkuBatchResponse: jsonSchema(SkuBatchResponse),
        SkuDeleteResponse: jsonSchema(SkuDeleteResponse),
        Error: jsonSchema(ApiErrorBody),
      },
    },
  };
}
