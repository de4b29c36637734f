// The ERP API against its OpenAPI document. Every response any API test
// receives through api-test-client.ts is checked by contractProblems; this
// file proves that check bites, and covers what the document promises beyond
// single answers: the rules it states are the server's rules, and every
// status and header the server sends is in it.
import fc from "fast-check";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { contractProblems } from "@/lib/testing/api-contract";
import { SkuInput } from "@/lib/validation/sku";
import { B, send, setUpMerchants, sku } from "./api-test-client";

beforeAll(setUpMerchants);
afterAll(() => db.$disconnect());

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const doc = buildOpenApiDocument("en") as unknown as Doc;
const OPERATIONS = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters")
    .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, statuses: Object.keys(op.responses) })),
);

describe("the contract check", () => {
  const headers = (extra: Record<string, string> = {}) =>
    new Headers({
      "content-type": "application/json",
      "cache-control": "no-store",
      "content-disposition": 'attachment; filename="api.json"',
      "ratelimit-limit": "600",
      "ratelimit-remaining": "599",
      "ratelimit-reset": "60",
      ...extra,
    });
  const notFound = { error: { code: "not_found", message: "No such SKU." } };

  it("passes a documented answer and fails an undocumented status, header or body", () => {
    const ok = { method: "GET", path: "/skus/X-1", status: 404, headers: headers(), body: notFound };
    expect(contractProblems(ok)).toEqual([]);
    expect(contractProblems({ ...ok, status: 418 })).toEqual(["GET /skus/X-1 -> 418: status 418 is not documented"]);
    expect(contractProblems({ ...ok, headers: headers({ "x-debug": "1" }) })).toEqual([
      "GET /skus/X-1 -> 404: header x-debug is not documented",
    ]);
    const missing = headers();
    missing.delete("ratelimit-remaining");
    expect(contractProblems({ ...ok, headers: missing })).toEqual([
      "GET /skus/X-1 -> 404: required header ratelimit-remaining is missing",
    ]);
    expect(contractProblems({ ...ok, body: { error: { code: "not_found" } } })[0]).toMatch(/body .*message/);
    expect(contractProblems({ ...ok, method: "TRACE" })).toEqual([
      "TRACE /skus/X-1 -> 404: the method is not in the document",
    ]);
  });
});

describe("what the document promises", () => {
  it("lists for every operation every status the server can send it", () => {
    const byOperation = Object.fromEntries(OPERATIONS.map((o) => [o.key, o.statuses.sort()]));
    const common = ["308", "401", "403", "405", "429"];
    const withBody = ["400", "413", "415", "422"];
    expect(byOperation).toEqual({
      "GET /skus": ["200", "400", ...common].sort(),
      "POST /skus": ["201", "409", ...common, ...withBody].sort(),
      "GET /skus/{code}": ["200", "404", ...common].sort(),
      "PUT /skus/{code}": ["200", "201", "404", "409", "412", ...common, ...withBody].sort(),
      "PATCH /skus/{code}": ["200", "404", "409", "412", ...common, ...withBody].sort(),
      "DELETE /skus/{code}": ["200", "404", "412", ...common].sort(),
    });
  });

  it("answers a method a path does not have with 405, the JSON error and Allow", async () => {
    for (const [method, path, allow] of [
      ["PUT", "/skus", "GET, POST"],
      ["PATCH", "/skus", "GET, POST"],
      ["DELETE", "/skus", "GET, POST"],
      ["POST", "/skus/X-1", "GET, PUT, PATCH, DELETE"],
    ] as const) {
      const res = await send(method, path, { body: sku("X-1") });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.body.error.code).toBe("method_not_allowed");
    }
  });

  it("sends the RateLimit headers on every answer to a token, refusals included", async () => {
    const answers = [
      await send("GET", "/skus"),
      await send("GET", "/skus/NOPE"),
      await send("POST", "/skus", { body: {} }),
      await send("POST", "/skus", { body: sku("RL-1"), type: "text/plain" }),
      await send("DELETE", "/skus"),
    ];
    await db.merchant.update({ where: { id: B.merchantId }, data: { accountState: "SUSPENDED" } });
    answers.push(await send("GET", "/skus", { token: B.token }));
    await db.merchant.update({ where: { id: B.merchantId }, data: { accountState: "ACTIVE" } });
    expect(answers.map((a) => a.status)).toEqual([200, 404, 422, 415, 405, 403]);
    const remaining = answers.slice(0, 5).map((a) => Number(a.headers.get("ratelimit-remaining")));
    for (const a of answers) {
      expect(a.headers.get("ratelimit-limit")).toBe("600");
      expect(Number(a.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    }
    // Each request of the token counts, the refused ones too.
    expect(remaining).toEqual(remaining.map((_, i) => remaining[0] - i));
  });

  it("refuses a body that mixes one SKU with items, and names a code a batch has twice", async () => {
    const mixed = await send("POST", "/skus", { body: { ...sku("MIX-1"), items: [sku("MIX-2")] } });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.fields.code).toBe(
      'A batch body holds only "items": send one SKU, or {"items": [...]}, not both.',
    );
    const twice = await send("POST", "/skus", { body: { items: [sku("DUP-1"), sku("DUP-2"), sku("DUP-1")] } });
    expect(twice).toMatchObject({
      status: 422,
      body: { error: { fields: { "items.2.code": "This SKU code is also at items.0." } } },
    });
    expect(await db.sku.count({ where: { code: { in: ["MIX-1", "MIX-2", "DUP-1", "DUP-2"] } } })).toBe(0);
  });

  it("states the rules the server enforces: HS chapter, control characters, weight of at least 1 gram", () => {
    const input = doc.components.schemas.SkuInput as {
      properties: Record<string, { pattern?: string; minimum?: number }>;
    };
    expect(input.properties.weightGrams.minimum).toBe(1);
    expect(new RegExp(input.properties.hsCode.pattern!).test("7700000000")).toBe(false);
    expect(new RegExp(input.properties.hsCode.pattern!).test("0101210000")).toBe(true);
    expect(new RegExp(input.properties.hsCode.pattern!).test("101210000")).toBe(false);
    expect(new RegExp(input.properties.nameZh.pattern!, "u").test("a\u0007b")).toBe(false);
  });

  it("allows no SKU body that the server's rules refuse (fast-check, 2,000 bodies)", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(doc.components.schemas.SkuInput);
    const pick = <T>(...values: T[]) => fc.constantFrom(...values);
    const odd = {
      code: pick(".", "..", " A", "A ", "1E-05", "x".repeat(65), "a.b", "_"),
      nameZh: pick("", "   ", "a\u0001b", "\t耳机", "x".repeat(201)),
      nameEn: pick("", "Earbuds", "a\u007fb", " "),
      hsCode: fc.oneof(fc.stringMatching(/^\d{5,11}$/), pick("7700000000", "8517.62.00", "", "85176200")),
      originCountry: pick("us", "ZZ", "XK", "DE"),
      currency: pick("usd", "XXX", "ABC", "JPY"),
      markets: fc.array(pick("US", "de", "ZZ"), { maxLength: 3 }),
      platforms: fc.array(pick("amazon", "Amazon", "-x"), { maxLength: 2 }),
      status: pick("ARCHIVED", "active", null),
      unitPriceMinor: pick(0, -1, 1.5, 1_000_000_001),
      weightGrams: pick(0, 1, 100_000_001, 2.5),
      stock: fc.dictionary(pick("XIYONG-B1", "xiyong-b1", "-"), pick(0, 5, -1), { maxKeys: 2 }),
    };
    const base: Record<string, unknown> = { ...sku("A-1"), originCountry: "CN", status: "ACTIVE" };
    // A valid body with up to three fields changed to something odd, or left out.
    const body = fc
      .tuple(
        fc.record(odd),
        fc.subarray(Object.keys(odd), { maxLength: 3 }),
        fc.subarray(Object.keys(odd), { maxLength: 2 }),
      )
      .map(([values, changed, dropped]) => {
        const b: Record<string, unknown> = { ...base };
        for (const k of changed) b[k] = values[k as keyof typeof values];
        for (const k of dropped) delete b[k];
        return b;
      });
    let allowed = 0;
    fc.assert(
      fc.property(body, (b) => {
        if (!validate(b)) return true;
        allowed++;
        return SkuInput.safeParse(b).success;
      }),
      { numRuns: 2000, seed: 16 },
    );
    // The property is not vacuous: a fair share of the bodies is allowed.
    expect(allowed).toBeGreaterThan(200);
  });

  it("keeps request fields with server defaults optional, and lists no default on a request schema", () => {
    const input = doc.components.schemas.SkuInput as { required: string[] };
    expect(input.required.sort()).toEqual(["code", "currency", "hsCode", "unitPriceMinor", "weightGrams"]);
    expect(JSON.stringify(doc.components.schemas.SkuInput)).not.toContain('"default"');
    expect(JSON.stringify(doc.components.schemas.SkuPatch)).not.toContain('"default"');
  });
});
