import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { SKU_CODE_PATTERN, SkuInput } from "@/lib/validation/sku";
import { API_RATE_LIMIT } from "./authenticate";
import { truthfulQueryParameter, truthfulSkuInput } from "./openapi-rules";
import { MAX_JSON_BYTES, MAX_JSON_DEPTH } from "./respond";
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

/** Headers each answer may carry, by name, with the catalog key that describes them. */
const HEADERS = {
  "Cache-Control": { key: "cacheControl", schema: { type: "string", const: "no-store" } },
  "Content-Disposition": { key: "contentDisposition", schema: { type: "string" } },
  "RateLimit-Limit": { key: "rateLimitLimit", schema: { type: "integer", minimum: 1 } },
  "RateLimit-Remaining": { key: "rateLimitRemaining", schema: { type: "integer", minimum: 0 } },
  "RateLimit-Reset": { key: "rateLimitReset", schema: { type: "integer", minimum: 0 } },
  "Retry-After": { key: "retryAfter", schema: { type: "integer", minimum: 1 } },
  "WWW-Authenticate": { key: "wwwAuthenticate", schema: { type: "string" } },
  Location: { key: "location", schema: { type: "string" } },
  ETag: { key: "etag", schema: { type: "string", pattern: '^"[A-Za-z0-9_-]+"$' } },
  Allow: { key: "allow", schema: { type: "string" } },
  "Idempotent-Replayed": { key: "idempotentReplayed", schema: { type: "string", const: "true" } },
} as const;
type HeaderName = keyof typeof HEADERS;

const headers = (required: HeaderName[], optional: HeaderName[] = []) =>
  Object.fromEntries(
    [...required.map((n) => [n, true] as const), ...optional.map((n) => [n, false] as const)].map(([name, req]) => [
      name,
      { description: `apiContract.headers.${HEADERS[name].key}`, required: req, schema: HEADERS[name].schema },
    ]),
  );

/** Every JSON answer is an api.json attachment; every answer to a known token carries its RateLimit headers. */
const JSON_HEADERS: HeaderName[] = ["Cache-Control", "Content-Disposition"];
const RATE_LIMIT: HeaderName[] = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

/** A JSON answer: its schema, and the headers it carries beside the ones every answer to a token carries. */
function answer(description: string, schema: Json, required: HeaderName[] = [], optional: HeaderName[] = []) {
  return {
    description,
    headers: headers([...JSON_HEADERS, ...RATE_LIMIT, ...required], optional),
    content: json(schema),
  };
}
const error = (status: string, required: HeaderName[] = [], description = `apiDocs.errors.${status}`) =>
  answer(description, ref("Error"), required);

/** The answers every operation can give, whatever it does. */
const COMMON = {
  "308": {
    description: "apiContract.responses.308",
    headers: headers(["Location"]),
  },
  "401": {
    description: "apiDocs.errors.401",
    headers: headers([...JSON_HEADERS, "WWW-Authenticate"]),
    content: json(ref("Error")),
  },
  "403": error("403"),
  "405": answer("apiContract.responses.405", ref("Error"), ["Allow"]),
  "429": error("429", ["Retry-After"]),
};

/** Operations with a JSON body: one over the limit is cut off and refused; one not declared JSON is refused unread. */
const WITH_BODY = {
  "400": error("400"),
  "413": error("413"),
  "415": error("415"),
  "422": error("422"),
};

const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description: "apiContract.parameters.ifMatch",
  schema: { type: "string" },
};

const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: "apiContract.parameters.idempotencyKey",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7E]+$" },
};

const codeParameter = {
  name: "code",
  in: "path",
  required: true,
  description: "apiDocs.fields.codePath",
  schema: { type: "string", pattern: SKU_CODE_PATTERN.source, maxLength: 64 },
};

function queryParameters() {
  return Object.entries(ApiSkuQuery.shape).map(([name, field]) => {
    const schema = jsonSchema(field, "input");
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, description, schema: truthfulQueryParameter(name, rest) };
  });
}

/** A merge patch of SkuInput (RFC 7396): any property, null to remove it (back to its default). */
function skuPatch(input: Json): Json {
  const properties = input.properties as Record<string, Json>;
  const nullable = (schema: Json) => ({ anyOf: [schema, { type: "null" }] });
  const { description: _d, ...stock } = properties.stock;
  void _d;
  return {
    type: "object",
    description: "apiContract.schemas.skuPatch",
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, schema]) => {
        if (name !== "stock") return [name, nullable(schema)];
        const additional = stock.additionalProperties as Json;
        return [
          name,
          {
            ...nullable({ ...stock, additionalProperties: nullable(additional) }),
            description: properties.stock.description,
          },
        ];
      }),
    ),
  };
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the
 * handlers parse with, its descriptions in the given language. Every
 * description, here and in the schemas' .meta(), is a key of the `apiDocs`
 * or `apiContract` namespace of the catalogs, so each has its English and its Chinese text;
 * one that is not a key stops the build of the document.
 */
export function buildOpenApiDocument(locale: Locale = "en"): Json {
  return withDescriptions(documentWithKeys(), locale) as Json;
}

const KEY_PREFIXES = ["apiDocs.", "apiContract."];

function withDescriptions(node: unknown, locale: Locale): unknown {
  const t = createTranslator({ locale, messages: loadMessages(locale) }) as unknown as (
    key: string,
    params: Record<string, number>,
  ) => string;
  const params = {
    limit: API_RATE_LIMIT.limit,
    seconds: API_RATE_LIMIT.windowSeconds,
    maxBatch: MAX_BATCH,
    maxMb: MAX_JSON_BYTES / (1024 * 1024),
    maxDepth: MAX_JSON_DEPTH,
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k !== "description" || typeof v !== "string") return [k, walk(v)];
        if (!KEY_PREFIXES.some((p) => v.startsWith(p)))
          throw new Error(`OpenAPI description without a catalog key: ${v}`);
        return [k, t(v, params)];
      }),
    );
  };
  return walk(node);
}

function documentWithKeys(): Json {
  const batch = jsonSchema(SkuBatchInput, "input");
  const items = (batch.properties as { items: Json }).items;
  const input = truthfulSkuInput(jsonSchema(SkuInput, "input"));
  const sku = (status: string, description: string, required: HeaderName[] = []) => ({
    [status]: answer(description, ref("SkuResponse"), ["ETag", ...required]),
  });
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
          responses: {
            "200": answer("apiDocs.responses.skuList", ref("SkuList")),
            ...COMMON,
            "400": error("400"),
          },
        },
        post: {
          operationId: "createSkus",
          summary: "Create one SKU or a batch",
          description: "apiDocs.operations.createSkus",
          parameters: [idempotencyKey],
          requestBody: {
            required: true,
            content: json({ oneOf: [ref("SkuInput"), ref("SkuBatchInput")] }),
          },
          responses: {
            "201": answer(
              "apiDocs.responses.created",
              { oneOf: [ref("SkuResponse"), ref("SkuBatchResponse")] },
              [],
              ["Location", "ETag", "Idempotent-Replayed"],
            ),
            ...COMMON,
            ...WITH_BODY,
            "409": answer("apiDocs.errors.409", ref("Error"), [], ["Idempotent-Replayed"]),
          },
        },
      },
      "/skus/{code}": {
        parameters: [codeParameter],
        get: {
          operationId: "getSku",
          summary: "Get a SKU",
          responses: { ...sku("200", "apiDocs.responses.sku"), ...COMMON, "404": error("404") },
        },
        put: {
          operationId: "putSku",
          summary: "Create or replace a SKU",
          description: "apiDocs.operations.putSku",
          parameters: [ifMatch],
          requestBody: { required: true, content: json(ref("SkuInput")) },
          responses: {
            ...sku("200", "apiDocs.responses.replaced"),
            ...sku("201", "apiDocs.responses.createdOne", ["Location"]),
            ...COMMON,
            ...WITH_BODY,
            "404": error("404"),
            "409": error("409"),
            "412": error("412", [], "apiContract.responses.412"),
          },
        },
        patch: {
          operationId: "patchSku",
          summary: "Change some fields of a SKU",
          description: "apiContract.operations.patchSku",
          parameters: [ifMatch],
          requestBody: { required: true, content: { "application/merge-patch+json": { schema: ref("SkuPatch") } } },
          responses: {
            ...sku("200", "apiContract.responses.patched"),
            ...COMMON,
            ...WITH_BODY,
            "404": error("404"),
            "409": error("409"),
            "412": error("412", [], "apiContract.responses.412"),
          },
        },
        delete: {
          operationId: "deleteSku",
          summary: "Delete or archive a SKU",
          description: "apiDocs.operations.deleteSku",
          parameters: [ifMatch],
          responses: {
            "200": answer("apiDocs.responses.deletedOrArchived", ref("SkuDeleteResponse")),
            ...COMMON,
            "404": error("404"),
            "412": error("412", [], "apiContract.responses.412"),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "apiDocs.bearer" },
      },
      schemas: {
        SkuInput: input,
        SkuBatchInput: withProperties(
          { ...batch, additionalProperties: false },
          { items: { ...items, items: ref("SkuInput") } },
        ),
        SkuPatch: skuPatch(input),
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
