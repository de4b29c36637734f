import "server-only";
import { z } from "zod";
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
  "400": error("Malformed JSON or query parameters."),
  "401": error("Missing, unknown or revoked token."),
  "403": error("The merchant may not use the portal (pending or suspended)."),
  "429": error(
    `More than ${API_RATE_LIMIT.limit} requests per ${API_RATE_LIMIT.windowSeconds} s for this token; see Retry-After.`,
  ),
};

/** Operations with a JSON body: one over the limit is cut off and refused. */
const TOO_LARGE = {
  "413": error(`The body is over ${MAX_JSON_BYTES / (1024 * 1024)} MB; reading stops there.`),
  "415": error("The body is not declared Content-Type: application/json."),
};

const codeParameter = {
  name: "code",
  in: "path",
  required: true,
  description: "The SKU code. Another merchant's code answers 404.",
  schema: { type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$" },
};

function queryParameters() {
  return Object.entries(ApiSkuQuery.shape).map(([name, field]) => {
    const schema = jsonSchema(field, "input");
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument(): Json {
  const batch = jsonSchema(SkuBatchInput, "input");
  const items = (batch.properties as { items: Json }).items;
  return {
    openapi: "3.1.0",
    info: {
      title: "Chongqing CBEC Parks Portal: ERP API",
      version: "1.0.0",
      description:
        "A merchant's warehoused SKUs and target markets. Authenticate with `Authorization: Bearer <token>`; an owner creates tokens under ERP API in the merchant area. Error messages follow Accept-Language (English by default, Chinese for zh).",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    paths: {
      "/skus": {
        get: {
          operationId: "listSkus",
          summary: "List SKUs",
          description: "Sorted by code, with cursor pagination; the same filters as the web list.",
          parameters: queryParameters(),
          responses: { "200": { description: "A page of SKUs.", content: json(ref("SkuList")) }, ...ERRORS },
        },
        post: {
          operationId: "createSkus",
          summary: "Create one SKU or a batch",
          description: `One SKU object, or { "items": [...] } with up to ${MAX_BATCH}, created all or nothing.`,
          requestBody: { required: true, content: json({ oneOf: [ref("SkuInput"), ref("SkuBatchInput")] }) },
          responses: {
            "201": {
              description: "Created: the SKU, or for a batch the count and codes.",
              content: json({ oneOf: [ref("SkuResponse"), ref("SkuBatchResponse")] }),
            },
            ...ERRORS,
            ...TOO_LARGE,
            "409": error("The code (or one of the batch's codes) already exists."),
            "422": error("Invalid fields; see error.fields."),
          },
        },
      },
      "/skus/{code}": {
        parameters: [codeParameter],
        get: {
          operationId: "getSku",
          summary: "Get a SKU",
          responses: {
            "200": { description: "The SKU.", content: json(ref("SkuResponse")) },
            ...ERRORS,
            "404": error("No such SKU for this merchant."),
          },
        },
        put: {
          operationId: "putSku",
          summary: "Create or replace a SKU",
          description:
            "Replaces every field; stock not listed is set to 0. The body's code, if given, must equal the path's.",
          requestBody: { required: true, content: json(ref("SkuInput")) },
          responses: {
            "200": { description: "Replaced.", content: json(ref("SkuResponse")) },
            "201": { description: "Created.", content: json(ref("SkuResponse")) },
            ...ERRORS,
            ...TOO_LARGE,
            "422": error("Invalid fields; see error.fields."),
          },
        },
        delete: {
          operationId: "deleteSku",
          summary: "Delete or archive a SKU",
          description: "Deleted when it never held stock; archived otherwise.",
          responses: {
            "200": { description: "Deleted or archived.", content: json(ref("SkuDeleteResponse")) },
            ...ERRORS,
            "404": error("No such SKU for this merchant."),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An ERP token: cbec_ and 43 characters." },
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
