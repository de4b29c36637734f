// The ERP API tests' one way to call a handler: it builds the request, calls
// the route module that Next.js would, and checks every response against the
// OpenAPI document (lib/testing/api-contract.ts) before the test sees it, so
// an undocumented status, header or body fails the test that received it.
import { expect } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { newApiToken } from "@/lib/server/api/tokens";
import { saveSku } from "@/lib/server/skus/save-sku";
import { SkuInput } from "@/lib/validation/sku";
import { contractProblems } from "@/lib/testing/api-contract";
import * as collection from "./skus/route";
import * as item from "./skus/[code]/route";

/** Merchant A (the demo merchant, with an ERP token) and merchant B (another approved Xiyong merchant). */
export const A = { merchantId: "", userId: "", token: "", tokenId: "" };
export const B = { merchantId: "", token: "", code: "B-ONLY-001" };

export async function setUpMerchants() {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  Object.assign(A, { merchantId: owner.merchantId, userId: owner.userId });
  const created = await createApiToken(db, { userId: owner.userId, merchantId: owner.merchantId }, "ERP");
  if (!created.ok) throw new Error("token");
  Object.assign(A, { token: created.token, tokenId: created.id });

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
}

export type RequestOptions = {
  /** The bearer token; A's by default, null for none. */
  token?: string | null;
  body?: unknown;
  /** The body as it goes on the wire, instead of `body` as JSON. */
  raw?: string | Uint8Array;
  lang?: string;
  /** Content-Type; application/json by default, null for none. */
  type?: string | null;
  headers?: Record<string, string>;
};

export function apiRequest(method: string, path: string, opts: RequestOptions = {}): Request {
  const headers: Record<string, string> = { ...opts.headers };
  const type = opts.type === undefined ? "application/json" : opts.type;
  if (type) headers["content-type"] = type;
  const token = opts.token === undefined ? A.token : opts.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.lang) headers["accept-language"] = opts.lang;
  const raw = typeof opts.raw === "string" ? opts.raw : opts.raw ? new Uint8Array(opts.raw) : undefined;
  const body = raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  return new Request(`http://portal.test/api/v1${path}`, { method, headers, body });
}

type Handler = (request: Request, context: { params: Promise<{ code: string }> }) => Promise<Response>;

/** The route module's handler for a path under /api/v1, and its path parameters. */
function route(method: string, path: string): { handler: Handler; code: string } {
  const segments = path.split("?")[0].split("/").filter(Boolean);
  if (segments[0] !== "skus" || segments.length > 2) throw new Error(`no route for ${path}`);
  const mod = (segments.length === 1 ? collection : item) as unknown as Record<string, Handler | undefined>;
  const handler = mod[method];
  if (!handler) throw new Error(`${path} has no ${method} handler`);
  return { handler, code: segments[1] ? decodeURIComponent(segments[1]) : "" };
}

export type ApiResult = {
  status: number;
  headers: Headers;
  // An object for one SKU or a batch, an array for a list.
  body: {
    error: { code: string; message: string; fields: Record<string, string> };
    data: Record<string, unknown> & { code: string }[];
    nextCursor: string | null;
  };
};

/**
 * Sends a request to the handler Next.js would call, and returns its answer
 * once it has been found to keep the OpenAPI document's contract.
 */
export async function send(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResult> {
  const { handler, code } = route(method, path);
  const response = await handler(apiRequest(method, path, opts), { params: Promise.resolve({ code }) });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as ApiResult["body"]) : undefined;
  const observed = { method, path: path.split("?")[0], status: response.status, headers: response.headers, body };
  expect(contractProblems(observed)).toEqual([]);
  return { status: response.status, headers: response.headers, body: body as ApiResult["body"] };
}

/** A valid SKU body, with overrides. */
export const sku = (code: string, extra: Record<string, unknown> = {}) => ({
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
