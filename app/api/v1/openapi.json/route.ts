import { buildOpenApiDocument } from "@/lib/server/api/openapi";

/**
 * GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, public like the developer page. Always in
 * English, whatever the Accept-Language: the file is read by code generators and stored in ERP
 * projects, and one URL should give one document; /developers shows the same document in Chinese.
 */
export function GET() {
  return Response.json(buildOpenApiDocument("en"), { headers: { "Cache-Control": "public, max-age=300" } });
}
