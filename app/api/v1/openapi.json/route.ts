import { buildOpenApiDocument } from "@/lib/server/api/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, public like the developer page. */
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
