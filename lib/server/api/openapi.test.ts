import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

/** Every `description` of a document, with where it sits. */
function descriptions(node: unknown, at = "#"): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((v, i) => descriptions(v, `${at}/${i}`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]): [string, string][] =>
    k === "description" && typeof v === "string" ? [[at, v]] : descriptions(v, `${at}/${k}`),
  );
}

const CHINESE = /[\u4e00-\u9fff]/;

describe("the OpenAPI document's descriptions", () => {
  const en = descriptions(buildOpenApiDocument("en"));
  const zh = descriptions(buildOpenApiDocument("zh-CN"));

  it("has every description in English and in Chinese, at the same places", () => {
    expect(en.length).toBeGreaterThan(40);
    expect(zh.map(([at]) => at)).toEqual(en.map(([at]) => at));
    for (const [at, text] of en) {
      expect(text.trim(), at).not.toBe("");
      expect(text, at).not.toMatch(/^apiDocs\.|[\u4e00-\u9fff]/);
    }
    for (const [at, text] of zh) expect(text, at).toMatch(CHINESE);
  });

  it("fills the limits into the texts", () => {
    const tooMany = en.find(([at]) => at.endsWith("/responses/429"));
    expect(tooMany?.[1]).toBe("More than 600 requests per 60 s for this token; see Retry-After.");
    const batch = zh.find(([at]) => at === "#/paths//skus/post");
    expect(batch?.[1]).toContain("最多1000个");
  });
});
