import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { API_RATE_LIMIT, apiRateLimitKey } from "@/lib/server/api/authenticate";
import { newApiToken } from "@/lib/server/api/tokens";
import * as openapi from "../openapi.json/route";
import { SKU_CODE_PATTERN } from "@/lib/validation/sku";
import { A, B, send, setUpMerchants, sku } from "../api-test-client";

beforeAll(setUpMerchants);
afterAll(() => db.$disconnect());

describe("ERP API authentication", () => {
  it("answers 401 without a token, with an unknown token and with a revoked one", async () => {
    const none = await send("GET", "/skus", { token: null });
    expect(none).toMatchObject({
      status: 401,
      body: { error: { code: "unauthorized", message: "The API token is missing, unknown or revoked." } },
    });
    expect((await send("GET", "/skus", { token: "cbec_" + "x".repeat(43) })).status).toBe(401);
    expect((await send("GET", "/skus", { token: "not-a-token" })).status).toBe(401);

    const extra = await createApiToken(db, { userId: A.userId, merchantId: A.merchantId }, "temporary");
    if (!extra.ok) throw new Error("token");
    expect((await send("GET", "/skus", { token: extra.token })).status).toBe(200);
    expect(await revokeApiToken(db, { userId: A.userId, merchantId: A.merchantId }, extra.id)).toMatchObject({
      ok: true,
    });
    const revoked = await send("GET", "/skus", { token: extra.token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("answers 403 once the merchant is suspended", async () => {
    await db.merchant.update({ where: { id: B.merchantId }, data: { accountState: "SUSPENDED" } });
    expect((await send("GET", "/skus", { token: B.token })).body.error.code).toBe("forbidden");
    await db.merchant.update({ where: { id: B.merchantId }, data: { accountState: "ACTIVE" } });
  });

  it("limits each token's requests, with Retry-After", async () => {
    const t = newApiToken();
    const row = await db.apiToken.create({
      data: { merchantId: A.merchantId, name: "busy", prefix: t.prefix, tokenHash: t.tokenHash },
    });
    // The window already holds its last allowed request.
    const resetAt = new Date(Date.now() + API_RATE_LIMIT.windowSeconds * 1000);
    await db.rateLimitBucket.create({
      data: { key: apiRateLimitKey(row.id), count: API_RATE_LIMIT.limit - 1, resetAt },
    });
    expect((await send("GET", "/skus", { token: t.token })).status).toBe(200);
    const res = await send("GET", "/skus", { token: t.token });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token of the same merchant is not affected.
    expect((await send("GET", "/skus")).status).toBe(200);
  });

  it("names every answer, success or refusal, as an api.json download, never a page to render", async () => {
    const ok = await send("GET", "/skus");
    const refused = await send("GET", "/skus", { token: null });
    const missing = await send("GET", `/skus/${B.code}`);
    expect([ok.status, refused.status, missing.status]).toEqual([200, 401, 404]);
    for (const res of [ok, refused, missing]) {
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="api.json"');
    }
  });
});

describe("ERP API SKUs", () => {
  it("creates a SKU, then reads it back with its stock per warehouse", async () => {
    const res = await send("POST", "/skus", { body: sku("API-001") });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/api/v1/skus/API-001");
    const got = await send("GET", "/skus/API-001");
    expect(got).toMatchObject({
      status: 200,
      body: {
        data: {
          code: "API-001",
          hsChapter: "85",
          markets: ["DE", "US"],
          platforms: ["amazon"],
          stock: { "XIYONG-B1": 100 },
          status: "ACTIVE",
        },
      },
    });
    const stored = await db.sku.findFirstOrThrow({
      where: { merchantId: A.merchantId, code: "API-001" },
      include: { stockChanges: true },
    });
    expect(stored.stockChanges).toMatchObject([{ delta: 100, quantityAfter: 100, source: "api", actorId: A.userId }]);
    expect(await db.auditLog.count({ where: { entityId: stored.id, action: "sku.create" } })).toBe(1);
  });

  it("answers 409 for a code that exists, 400 for bad JSON and 422 with fields for bad values", async () => {
    const dup = await send("POST", "/skus", { body: sku("API-001") });
    expect(dup).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", fields: { code: 'Your company already has SKU code "API-001".' } } },
    });
    const bad = await send("POST", "/skus", { raw: '{"code": "X",' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
    expect((await send("POST", "/skus", { raw: "[1,2]" })).status).toBe(400);
    // Nesting deep enough to overflow a recursive step (JSON.stringify of the idempotency hash) is refused first.
    const deep = `${JSON.stringify(sku("API-DEEP")).slice(0, -1)},"note":${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const tooDeep = await send("POST", "/skus", { raw: deep, headers: { "idempotency-key": "deep-1" } });
    expect(tooDeep).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_json", message: "The body nests arrays and objects more than 32 levels deep." } },
    });
    expect(await db.sku.count({ where: { code: "API-DEEP" } })).toBe(0);
    expect(await db.apiIdempotencyKey.count({ where: { key: "deep-1" } })).toBe(0);
    const invalid = await send("POST", "/skus", {
      body: sku("API-BAD", { hsCode: "12", unitPriceMinor: 1.5, markets: ["ZZ"], stock: { "XIYONG-B1": -2 } }),
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe("validation_failed");
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual([
      "hsCode",
      "markets.0",
      "stock.XIYONG-B1",
      "unitPriceMinor",
    ]);
    const elsewhere = await send("POST", "/skus", {
      body: sku("API-BAD", { stock: { "LONGSHUI-G1": 5 }, platforms: ["ozon"] }),
    });
    expect(elsewhere.body.error.fields).toEqual({
      "stock.LONGSHUI-G1": 'Warehouse "LONGSHUI-G1" is not in your company\'s park.',
      platforms: '"ozon" is not one of your company\'s platforms.',
    });
    expect(await db.sku.count({ where: { code: "API-BAD" } })).toBe(0);
  });

  it("answers 415 to a body not declared as JSON, and writes nothing", async () => {
    const body = sku("API-TYPE");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonp", null]) {
      const res = await send("POST", "/skus", { body, type });
      expect(res).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
      const put = await send("PUT", "/skus/API-TYPE", { body, type });
      expect(put.status).toBe(415);
    }
    expect(await db.sku.count({ where: { code: "API-TYPE" } })).toBe(0);
    const declared = await send("POST", "/skus", { body, type: "Application/JSON; charset=utf-8" });
    expect(declared.status).toBe(201);
  });

  it("speaks Chinese when asked to", async () => {
    const res = await send("GET", "/skus/NOPE", { lang: "zh-CN,zh;q=0.9" });
    expect(res.body.error).toEqual({ code: "not_found", message: "未找到该商品。" });
  });

  it("gives merchant A's token a 404 for merchant B's SKU, and leaves it alone", async () => {
    expect((await send("GET", `/skus/${B.code}`)).status).toBe(404);
    expect((await send("DELETE", `/skus/${B.code}`)).status).toBe(404);
    const list = await send("GET", `/skus?q=${B.code}`);
    expect(list.body.data).toEqual([]);
    expect(await db.sku.count({ where: { merchantId: B.merchantId, code: B.code, status: "ACTIVE" } })).toBe(1);
    // B's own token sees it.
    expect((await send("GET", `/skus/${B.code}`, { token: B.token })).status).toBe(200);
  });

  it("PUT creates (201), then replaces (200) and records the stock change", async () => {
    const created = await send("PUT", "/skus/API-PUT", { body: sku("API-PUT") });
    expect(created.status).toBe(201);
    const replaced = await send("PUT", "/skus/API-PUT", {
      body: { ...sku("API-PUT"), markets: ["JP"], stock: { "XIYONG-G1": 7 } },
    });
    expect(replaced).toMatchObject({ status: 200, body: { data: { markets: ["JP"], stock: { "XIYONG-G1": 7 } } } });
    const changes = await db.stockChange.findMany({
      where: { sku: { code: "API-PUT", merchantId: A.merchantId } },
      orderBy: { delta: "asc" },
    });
    expect(changes.map((c) => c.delta)).toEqual([-100, 7, 100]);
    const mismatch = await send("PUT", "/skus/API-PUT", { body: sku("OTHER") });
    expect(mismatch).toMatchObject({
      status: 422,
      body: { error: { fields: { code: "The SKU code in the body differs from the one in the URL." } } },
    });
  });

  it("DELETE removes a SKU that never held stock and archives one that did", async () => {
    await send("POST", "/skus", { body: sku("API-EMPTY", { stock: {} }) });
    expect((await send("DELETE", "/skus/API-EMPTY")).body).toEqual({
      data: { code: "API-EMPTY", outcome: "deleted" },
    });
    expect(await db.sku.count({ where: { code: "API-EMPTY" } })).toBe(0);
    expect((await send("DELETE", "/skus/API-001")).body.data.outcome).toBe("archived");
    expect(await db.sku.findFirstOrThrow({ where: { merchantId: A.merchantId, code: "API-001" } })).toMatchObject({
      status: "ARCHIVED",
    });
    const active = await send("GET", "/skus?q=API-001");
    expect(active.body.data).toEqual([]);
    const all = await send("GET", "/skus?q=API-001&status=ALL");
    expect(all.body.data.map((s: { code: string }) => s.code)).toEqual(["API-001"]);
  });

  it("creates a batch all or nothing", async () => {
    const items = [sku("BATCH-1"), sku("BATCH-2", { markets: ["FR"] }), sku("BATCH-3")];
    const bad = await send("POST", "/skus", { body: { items: [items[0], { ...items[1], hsCode: "x" }] } });
    expect(bad).toMatchObject({
      status: 422,
      body: { error: { fields: { "items.1.hsCode": "An HS code has 6, 8 or 10 digits." } } },
    });
    const clash = await send("POST", "/skus", { body: { items: [items[0], sku("API-PUT")] } });
    expect(clash).toMatchObject({
      status: 409,
      body: { error: { fields: { "items.1.code": 'Your company already has SKU code "API-PUT".' } } },
    });
    expect(await db.sku.count({ where: { code: { startsWith: "BATCH-" } } })).toBe(0);
    const ok = await send("POST", "/skus", { body: { items } });
    expect(ok).toMatchObject({ status: 201, body: { data: { created: 3, codes: ["BATCH-1", "BATCH-2", "BATCH-3"] } } });
    const tooMany = await send("POST", "/skus", {
      body: { items: Array.from({ length: 1001 }, (_, i) => sku(`M-${i}`)) },
    });
    expect(tooMany.status).toBe(422);
  });

  it("lists by code a page at a time, with the web list's filters", async () => {
    const first = await send("GET", "/skus?q=BATCH&limit=2");
    expect(first.body.data.map((s: { code: string }) => s.code)).toEqual(["BATCH-1", "BATCH-2"]);
    const next = await send("GET", `/skus?q=BATCH&limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body).toMatchObject({ data: [{ code: "BATCH-3" }], nextCursor: null });
    const fr = await send("GET", "/skus?q=BATCH&market=fr");
    expect(fr.body.data.map((s: { code: string }) => s.code)).toEqual(["BATCH-2"]);
    const wrong = await send("GET", "/skus?limit=0&market=ZZ");
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.fields).sort()).toEqual(["limit", "market"]);
    expect((await send("GET", "/skus?cursor=@@@")).status).toBe(400);
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1, generated from the same schemas the handlers use", async () => {
    const doc = (await openapi.GET().json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
      components: { schemas: Record<string, { required: string[]; properties: Record<string, { pattern?: string }> }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/skus", "/skus/{code}"]);
    expect(Object.keys(doc.paths["/skus/{code}"])).toEqual(expect.arrayContaining(["get", "put", "delete"]));
    const input = doc.components.schemas.SkuInput;
    expect(input.required).toEqual(
      expect.arrayContaining(["code", "hsCode", "unitPriceMinor", "currency", "weightGrams"]),
    );
    expect(input.properties.code.pattern).toBe(SKU_CODE_PATTERN.source);
    expect(input.properties.unitPriceMinor).toMatchObject({ type: "integer", minimum: 0 });
    expect(doc.paths["/skus"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "q",
      "market",
      "chapter",
      "warehouse",
      "status",
      "limit",
      "cursor",
    ]);
  });
});
