import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { IDEMPOTENCY_WINDOW_MS, requestHash } from "@/lib/server/api/idempotency";
import { A, B, send, setUpMerchants, sku } from "../api-test-client";

beforeAll(setUpMerchants);
afterAll(() => db.$disconnect());

const MERGE = "application/merge-patch+json";

describe("optimistic concurrency: ETag and If-Match", () => {
  it("sends an ETag that changes with the SKU, and makes PUT, PATCH and DELETE conditional on it (412)", async () => {
    const created = await send("POST", "/skus", { body: sku("ETAG-1") });
    const read = await send("GET", "/skus/ETAG-1");
    const etag = read.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(created.headers.get("etag")).toBe(etag);
    expect((await send("GET", "/skus/ETAG-1")).headers.get("etag")).toBe(etag);

    // Another client changes the SKU: the first one's ETag no longer matches, and nothing it sends is applied.
    const other = await send("PUT", "/skus/ETAG-1", { body: sku("ETAG-1", { unitPriceMinor: 100 }) });
    expect(other.headers.get("etag")).not.toBe(etag);
    const stale = { "if-match": etag };
    const put = await send("PUT", "/skus/ETAG-1", { body: sku("ETAG-1", { unitPriceMinor: 1 }), headers: stale });
    expect(put).toMatchObject({ status: 412, body: { error: { code: "precondition_failed" } } });
    const patch = await send("PATCH", "/skus/ETAG-1", { body: { unitPriceMinor: 1 }, type: MERGE, headers: stale });
    expect(patch.status).toBe(412);
    expect((await send("DELETE", "/skus/ETAG-1", { headers: stale })).status).toBe(412);
    expect((await send("GET", "/skus/ETAG-1")).body.data).toMatchObject({ unitPriceMinor: 100, status: "ACTIVE" });

    // With the current ETag (or "*", or in a list) the change is made.
    const current = other.headers.get("etag")!;
    const ok = await send("PUT", "/skus/ETAG-1", {
      body: sku("ETAG-1", { unitPriceMinor: 2 }),
      headers: { "if-match": `"nope", ${current}` },
    });
    expect(ok.status).toBe(200);
    expect(
      (await send("PATCH", "/skus/ETAG-1", { body: { nameEn: "x" }, type: MERGE, headers: { "if-match": "*" } }))
        .status,
    ).toBe(200);
    // A weak tag never matches, and If-Match on a SKU that does not exist fails.
    const weak = `W/${(await send("GET", "/skus/ETAG-1")).headers.get("etag")}`;
    expect((await send("DELETE", "/skus/ETAG-1", { headers: { "if-match": weak } })).status).toBe(412);
    expect((await send("PUT", "/skus/ETAG-NEW", { body: sku("ETAG-NEW"), headers: { "if-match": "*" } })).status).toBe(
      412,
    );
    expect(await db.sku.count({ where: { code: "ETAG-NEW" } })).toBe(0);
    const fresh = (await send("GET", "/skus/ETAG-1")).headers.get("etag")!;
    expect((await send("DELETE", "/skus/ETAG-1", { headers: { "if-match": fresh } })).body.data.outcome).toBe(
      "archived",
    );
  });
});

describe("If-Match under concurrent writes", () => {
  it("lets only one of two writes with the same ETag through, even when both compared before either wrote", async () => {
    await send("POST", "/skus", { body: sku("RACE-1") });
    const etag = (await send("GET", "/skus/RACE-1")).headers.get("etag")!;
    for (let round = 0; round < 3; round++) {
      const current = (await send("GET", "/skus/RACE-1")).headers.get("etag")!;
      const [a, b] = await Promise.all(
        [100 + round, 200 + round].map((price) =>
          send("PATCH", "/skus/RACE-1", {
            body: { unitPriceMinor: price },
            type: MERGE,
            headers: { "if-match": current },
          }),
        ),
      );
      expect([a.status, b.status].sort(), `round ${round}`).toEqual([200, 412]);
      const winner = a.status === 200 ? a : b;
      expect((await send("GET", "/skus/RACE-1")).body.data.unitPriceMinor).toBe(winner.body.data.unitPriceMinor);
    }
    expect((await send("PUT", "/skus/RACE-1", { body: sku("RACE-1"), headers: { "if-match": etag } })).status).toBe(
      412,
    );
  });
});

describe("PATCH with JSON Merge Patch", () => {
  it("changes only the fields sent: a price update keeps stock, markets and the archived state", async () => {
    await send("POST", "/skus", {
      body: sku("PATCH-1", { stock: { "XIYONG-B1": 40, "XIYONG-G1": 5 }, status: "ARCHIVED" }),
    });
    const res = await send("PATCH", "/skus/PATCH-1", { body: { unitPriceMinor: 9900 }, type: MERGE });
    expect(res).toMatchObject({
      status: 200,
      body: {
        data: {
          unitPriceMinor: 9900,
          status: "ARCHIVED",
          markets: ["DE", "US"],
          stock: { "XIYONG-B1": 40, "XIYONG-G1": 5 },
        },
      },
    });
    expect(res.headers.get("etag")).toBe((await send("GET", "/skus/PATCH-1")).headers.get("etag"));
    const moves = await db.stockChange.count({ where: { sku: { code: "PATCH-1", merchantId: A.merchantId } } });
    expect(moves).toBe(2);

    // Objects merge member by member; null removes a member (a warehouse's stock goes to 0).
    const stock = await send("PATCH", "/skus/PATCH-1", {
      body: { stock: { "XIYONG-G1": null, "XIYONG-B1": 41 }, markets: ["JP"] },
      type: MERGE,
    });
    expect(stock.body.data).toMatchObject({ stock: { "XIYONG-B1": 41 }, markets: ["JP"], unitPriceMinor: 9900 });
  });

  it("refuses what would break the SKU, another code, another media type, and a SKU the merchant lacks", async () => {
    const required = await send("PATCH", "/skus/PATCH-1", { body: { hsCode: null }, type: MERGE });
    expect(required.status).toBe(422);
    expect(Object.keys(required.body.error.fields)).toEqual(["hsCode"]);
    const renamed = await send("PATCH", "/skus/PATCH-1", { body: { code: "PATCH-2" }, type: MERGE });
    expect(renamed.body.error.fields).toEqual({ code: "The SKU code in the body differs from the one in the URL." });
    const asJson = await send("PATCH", "/skus/PATCH-1", { body: { unitPriceMinor: 1 } });
    expect(asJson).toMatchObject({
      status: 415,
      body: { error: { message: "The body must be sent as Content-Type: application/merge-patch+json." } },
    });
    expect((await send("PATCH", "/skus/PATCH-1", { raw: "[1]", type: MERGE })).status).toBe(400);
    expect((await send("PATCH", `/skus/${B.code}`, { body: { nameEn: "mine" }, type: MERGE })).status).toBe(404);
    expect((await send("GET", "/skus/PATCH-1")).body.data).toMatchObject({ unitPriceMinor: 9900, code: "PATCH-1" });
    expect(await db.sku.findFirst({ where: { code: B.code }, select: { nameEn: true } })).toEqual({ nameEn: "" });
  });
});

describe("safe retries: Idempotency-Key on POST", () => {
  const key = (k: string) => ({ "idempotency-key": k });

  it("replays the first answer for the same key and body, and writes the batch once", async () => {
    const body = { items: [sku("IDEM-1"), sku("IDEM-2")] };
    const first = await send("POST", "/skus", { body, headers: key("batch-7f3a") });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await send("POST", "/skus", { body, headers: key("batch-7f3a") });
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await db.sku.count({ where: { code: { in: ["IDEM-1", "IDEM-2"] } } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "sku.create_batch", entityId: A.merchantId } })).toBe(1);
    // A single SKU's replay keeps its Location and ETag.
    const one = await send("POST", "/skus", { body: sku("IDEM-3"), headers: key("one") });
    const oneAgain = await send("POST", "/skus", { body: sku("IDEM-3"), headers: key("one") });
    expect(oneAgain.status).toBe(201);
    expect(oneAgain.headers.get("location")).toBe(one.headers.get("location"));
    expect(oneAgain.headers.get("etag")).toBe(one.headers.get("etag"));
  });

  it("refuses the same key with another body (422), and frees a key whose request was refused unread", async () => {
    const other = await send("POST", "/skus", { body: { items: [sku("IDEM-9")] }, headers: key("batch-7f3a") });
    expect(other.status).toBe(422);
    expect(other.body.error.fields["Idempotency-Key"]).toMatch(/different request/);
    expect(await db.sku.count({ where: { code: "IDEM-9" } })).toBe(0);
    // An invalid body is not remembered: the corrected one may use the key.
    expect((await send("POST", "/skus", { body: sku("IDEM-4", { hsCode: "x" }), headers: key("fix") })).status).toBe(
      422,
    );
    expect((await send("POST", "/skus", { body: sku("IDEM-4"), headers: key("fix") })).status).toBe(201);
    expect((await send("POST", "/skus", { body: sku("IDEM-5"), headers: key("bad key") })).status).toBe(400);
  });

  it("scopes keys to the token's merchant, and forgets them after 24 hours", async () => {
    const b = await send("POST", "/skus", {
      body: sku("IDEM-B", { platforms: [] }),
      headers: key("batch-7f3a"),
      token: B.token,
    });
    expect(b.status).toBe(201);
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    await db.apiIdempotencyKey.updateMany({
      where: { merchantId: A.merchantId, key: "one" },
      data: { expiresAt: new Date(Date.now() - 1), createdAt: new Date(Date.now() - IDEMPOTENCY_WINDOW_MS - 1) },
    });
    const later = await send("POST", "/skus", { body: sku("IDEM-3"), headers: key("one") });
    expect(later.status).toBe(409);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
  });

  it("answers 409 while the first request with the key is still running", async () => {
    const body = sku("IDEM-6");
    await db.apiIdempotencyKey.create({
      data: {
        merchantId: A.merchantId,
        key: "running",
        requestHash: requestHash("POST", "http://portal.test/api/v1/skus", body),
        expiresAt: new Date(Date.now() + IDEMPOTENCY_WINDOW_MS),
      },
    });
    const res = await send("POST", "/skus", { body, headers: key("running") });
    expect(res.status).toBe(409);
    expect(res.body.error.fields["Idempotency-Key"]).toMatch(/still being processed/);
    expect(await db.sku.count({ where: { code: "IDEM-6" } })).toBe(0);
  });
});
