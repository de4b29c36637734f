import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { GET } from "./route";

describe("GET /api/v1/openapi.json", () => {
  it("serves the document in English, whatever the caller's language", async () => {
    const served = (await GET().json()) as { openapi: string; info: { description: string } };
    expect(served.openapi).toBe("3.1.0");
    expect(served).toEqual(buildOpenApiDocument("en"));
    expect(served.info.description).toMatch(/^A merchant's warehoused SKUs/);
  });
});
