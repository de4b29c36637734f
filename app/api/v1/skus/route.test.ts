import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { API_RATE_LIMIT, apiRateLimitKey } from "@/lib/server/api/authenticate";
import { newApiToken } from "@/lib/server/api/tokens";
import { saveSku } from "@/lib/server/skus/save-sku";
import { SkuInput } from "@/lib/validation/sku";
import * as collection from "./route";
import * as item from "./[code]/route";
import * as openapi from "../openapi.json/route";

const A = { merchantId: "", userId: "", token: "", tokenId: "" };
const B = { merchantId: "", token: "", code: "B-ONLY-001" };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  Object.assign(A, { merchantId: owner.merchantId, userId: owner.userId });
  const created = await createApiToken(db, { userId: owner.userId, merchantId: owner.merchantId }, "ERP");
  if (!created.ok) throw new Error("token");
  Object.assign(A, { token: created.token, tokenId: created.id });

  // Merchant B: another approved Xiyong merchant, with a token and a SKU of its own.
  const other = await db.merchant.findFirstOrThrow({
    where: {
      id: { not: owner.merchantId },
      verificationStatus: "APPROVED",
      accountState: "ACTIVE",
      park: { code: "XIYONG" },
    },
  });
  B.merchantId = other.id;
  const t = newApiToken();
  await db.apiToken.create({ data: { merchantId: other.id, name: "B", prefix: t.prefix, tokenHash: t.tokenHash } });
  B.token = t.token;
  const sku = SkuInput.parse({
    code: B.code,
    nameZh: "乙公司商品",
    hsCode: "8517620000",
    unitPriceMinor: 100,
    currency: "CNY",
    weightGrams: 10,
  });
  expect((await saveSku(db, { userId: null, merchantId: other.id }, sku, { mode: "create" }, "api")).ok).toBe(true);
});
afterAll(() => db.$disconnect());

const base = "http://portal.test/api/v1";
function req(
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; raw?: string; lang?: string; type?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  const type = opts.type === undefined ? "application/json" : opts.type;
  if (type) headers["content-type"] = type;
  const token = opts.token === undefined ? A.token : opts.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.lang) headers["accept-language"] = opts.lang;
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  return new Request(`${base}${path}`, { method, headers, body });
}
const ctx = (code: string) => ({ params: Promise.resolve({ code }) });
type ApiBody = {
  error: { code: string; message: string; fields: Record<string, string> };
  // An object for one SKU, an array for a list.
  data: Record<string, unknown> & { code: string }[];
  nextCursor: string | null;
};
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as ApiBody });

const sku = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  nameZh: "蓝牙耳机",
  nameEn: "Bluetooth earbuds",
  hsCode: "8518300000",
  unitPriceMinor: 12900,
  currency: "CNY",
  weightGrams: 60,
  markets: ["US", "DE"],
  platforms: ["amazon"],
  stock: { "XIYONG-B1": 100 },
  ...extra,
});

describe("ERP API authentication", () => {
  it("answers 401 without a token, with an unknown token and with a revoked one", async () => {
    const none = await json(await collection.GET(req("GET", "/skus", { token: null })));
    expect(none).toMatchObject({
      status: 401,
      body: { error: { code: "unauthorized", message: "The API token is missing, unknown or revoked." } },
    });
    expect((await collection.GET(req("GET", "/skus", { token: "cbec_" + "x".repeat(43) }))).status).toBe(401);
    expect((await collection.GET(req("GET", "/skus", { token: "not-a-token" }))).status).toBe(401);

    const extra = await createApiToken(db, { userId: A.userId, merchantId: A.merchantId }, "temporary");
    if (!extra.ok) throw new Error("token");
    expect((await collection.GET(req("GET", "/skus", { token: extra.token }))).status).toBe(200);
    expect(await revokeApiToken(db, { userId: A.userId, merchantId: A.merchantId }, extra.id)).toMatchObject({
      ok: true,
    });
    const revoked = await collection.GET(req("GET", "/skus", { token: extra.token }));
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("answers 403 once the merchant is suspended", async () => {
    await db.merchant.update({ where: { id: B.merchantId }, data: { accountState: "SUSPENDED" } });
    expect((await json(await collection.GET(req("GET", "/skus", { token: B.token })))).body.error.code).toBe(
      "forbidden",
    );
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
    expect((await collection.GET(req("GET", "/skus", { token: t.token }))).status).toBe(200);
    const res = await collection.GET(req("GET", "/skus", { token: t.token }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token of the same merchant is not affected.
    expect((await collection.GET(req("GET", "/skus"))).status).toBe(200);
  });

  it("names every answer, success or refusal, as an api.json download, never a page to render", async () => {
    const ok = await collection.GET(req("GET", "/skus"));
    const refused = await collection.GET(req("GET", "/skus", { token: null }));
    const missing = await item.GET(req("GET", `/skus/${B.code}`), ctx(B.code));
    expect([ok.status, refused.status, missing.status]).toEqual([200, 401, 404]);
    for (const res of [ok, refused, missing]) {
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="api.json"');
    }
  });
});

describe("ERP API SKUs", () => {
  it("creates a SKU, then reads it back with its stock per warehouse", async () => {
    const res = await collection.POST(req("POST", "/skus", { body: sku("API-001") }));
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/api/v1/skus/API-001");
    const got = await json(await item.GET(req("GET", "/skus/API-001"), ctx("API-001")));
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
    const dup = await json(await collection.POST(req("POST", "/skus", { body: sku("API-001") })));
    expect(dup).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", fields: { code: 'Your company already has SKU code "API-001".' } } },
    });
    const bad = await json(await collection.POST(req("POST", "/skus", { raw: '{"code": "X",' })));
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
    expect((await collection.POST(req("POST", "/skus", { raw: "[1,2]" }))).status).toBe(400);
    const invalid = await json(
      await collection.POST(
        req("POST", "/skus", {
          body: sku("API-BAD", { hsCode: "12", unitPriceMinor: 1.5, markets: ["ZZ"], stock: { "XIYONG-B1": -2 } }),
        }),
      ),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe("validation_failed");
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual([
      "hsCode",
      "markets.0",
      "stock.XIYONG-B1",
      "unitPriceMinor",
    ]);
    const elsewhere = await json(
      await collection.POST(
        req("POST", "/skus", { body: sku("API-BAD", { stock: { "LONGSHUI-G1": 5 }, platforms: ["ozon"] }) }),
      ),
    );
    expect(elsewhere.body.error.fields).toEqual({
      "stock.LONGSHUI-G1": 'Warehouse "LONGSHUI-G1" is not in your company\'s park.',
      platforms: '"ozon" is not one of your company\'s platforms.',
    });
    expect(await db.sku.count({ where: { code: "API-BAD" } })).toBe(0);
  });

  it("answers 415 to a body not declared as JSON, and writes nothing", async () => {
    const body = sku("API-TYPE");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonp", null]) {
      const res = await json(await collection.POST(req("POST", "/skus", { body, type })));
      expect(res).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
      const put = await item.PUT(req("PUT", "/skus/API-TYPE", { body, type }), ctx("API-TYPE"));
      expect(put.status).toBe(415);
    }
    expect(await db.sku.count({ where: { code: "API-TYPE" } })).toBe(0);
    const declared = await collection.POST(req("POST", "/skus", { body, type: "Application/JSON; charset=utf-8" }));
    expect(declared.status).toBe(201);
  });

  it("speaks Chinese when asked to", async () => {
    const res = await json(await item.GET(req("GET", "/skus/NOPE", { lang: "zh-CN,zh;q=0.9" }), ctx("NOPE")));
    expect(res.body.error).toEqual({ code: "not_found", message: "未找到该商品。" });
  });

  it("gives merchant A's token a 404 for merchant B's SKU, and leaves it alone", async () => {
    expect((await item.GET(req("GET", `/skus/${B.code}`), ctx(B.code))).status).toBe(404);
    expect((await item.DELETE(req("DELETE", `/skus/${B.code}`), ctx(B.code))).status).toBe(404);
    const list = await json(await collection.GET(req("GET", `/skus?q=${B.code}`)));
    expect(list.body.data).toEqual([]);
    expect(await db.sku.count({ where: { merchantId: B.merchantId, code: B.code, status: "ACTIVE" } })).toBe(1);
    // B's own token sees it.
    expect((await item.GET(req("GET", `/skus/${B.code}`, { token: B.token }), ctx(B.code))).status).toBe(200);
  });

  it("PUT creates (201), then replaces (200) and records the stock change", async () => {
    const created = await item.PUT(req("PUT", "/skus/API-PUT", { body: sku("API-PUT") }), ctx("API-PUT"));
    expect(created.status).toBe(201);
    const replaced = await json(
      await item.PUT(
        req("PUT", "/skus/API-PUT", { body: { ...sku("API-PUT"), markets: ["JP"], stock: { "XIYONG-G1": 7 } } }),
        ctx("API-PUT"),
      ),
    );
    expect(replaced).toMatchObject({ status: 200, body: { data: { markets: ["JP"], stock: { "XIYONG-G1": 7 } } } });
    const changes = await db.stockChange.findMany({
      where: { sku: { code: "API-PUT", merchantId: A.merchantId } },
      orderBy: { delta: "asc" },
    });
    expect(changes.map((c) => c.delta)).toEqual([-100, 7, 100]);
    const mismatch = await json(await item.PUT(req("PUT", "/skus/API-PUT", { body: sku("OTHER") }), ctx("API-PUT")));
    expect(mismatch).toMatchObject({
      status: 422,
      body: { error: { fields: { code: "The SKU code in the body differs from the one in the URL." } } },
    });
  });

  it("DELETE removes a SKU that never held stock and archives one that did", async () => {
    await collection.POST(req("POST", "/skus", { body: sku("API-EMPTY", { stock: {} }) }));
    expect((await json(await item.DELETE(req("DELETE", "/skus/API-EMPTY"), ctx("API-EMPTY")))).body).toEqual({
      data: { code: "API-EMPTY", outcome: "deleted" },
    });
    expect(await db.sku.count({ where: { code: "API-EMPTY" } })).toBe(0);
    expect((await json(await item.DELETE(req("DELETE", "/skus/API-001"), ctx("API-001")))).body.data.outcome).toBe(
      "archived",
    );
    expect(await db.sku.findFirstOrThrow({ where: { merchantId: A.merchantId, code: "API-001" } })).toMatchObject({
      status: "ARCHIVED",
    });
    const active = await json(await collection.GET(req("GET", "/skus?q=API-001")));
    expect(active.body.data).toEqual([]);
    const all = await json(await collection.GET(req("GET", "/skus?q=API-001&status=ALL")));
    expect(all.body.data.map((s: { code: string }) => s.code)).toEqual(["API-001"]);
  });

  it("creates a batch all or nothing", async () => {
    const items = [sku("BATCH-1"), sku("BATCH-2", { markets: ["FR"] }), sku("BATCH-3")];
    const bad = await json(
      await collection.POST(req("POST", "/skus", { body: { items: [items[0], { ...items[1], hsCode: "x" }] } })),
    );
    expect(bad).toMatchObject({
      status: 422,
      body: { error: { fields: { "items.1.hsCode": "An HS code has 6 to 10 digits." } } },
    });
    const clash = await json(
      await collection.POST(req("POST", "/skus", { body: { items: [items[0], sku("API-PUT")] } })),
    );
    expect(clash).toMatchObject({
      status: 409,
      body: { error: { fields: { "items.1.code": 'Your company already has SKU code "API-PUT".' } } },
    });
    expect(await db.sku.count({ where: { code: { startsWith: "BATCH-" } } })).toBe(0);
    const ok = await json(await collection.POST(req("POST", "/skus", { body: { items } })));
    expect(ok).toMatchObject({ status: 201, body: { data: { created: 3, codes: ["BATCH-1", "BATCH-2", "BATCH-3"] } } });
    const tooMany = await collection.POST(
      req("POST", "/skus", { body: { items: Array.from({ length: 1001 }, (_, i) => sku(`M-${i}`)) } }),
    );
    expect(tooMany.status).toBe(422);
  });

  it("lists by code a page at a time, with the web list's filters", async () => {
    const first = await json(await collection.GET(req("GET", "/skus?q=BATCH&limit=2")));
    expect(first.body.data.map((s: { code: string }) => s.code)).toEqual(["BATCH-1", "BATCH-2"]);
    const next = await json(await collection.GET(req("GET", `/skus?q=BATCH&limit=2&cursor=${first.body.nextCursor}`)));
    expect(next.body).toMatchObject({ data: [{ code: "BATCH-3" }], nextCursor: null });
    const fr = await json(await collection.GET(req("GET", "/skus?q=BATCH&market=fr")));
    expect(fr.body.data.map((s: { code: string }) => s.code)).toEqual(["BATCH-2"]);
    const wrong = await json(await collection.GET(req("GET", "/skus?limit=0&market=ZZ")));
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.fields).sort()).toEqual(["limit", "market"]);
    expect((await collection.GET(req("GET", "/skus?cursor=@@@"))).status).toBe(400);
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
    expect(input.properties.code.pattern).toBe("^[A-Za-z0-9._-]+$");
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
