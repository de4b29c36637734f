// The fuzz entry of every route handler: who calls it, the parts of the
// request that are generated (path parameters, query, headers, body), and how
// many cases. A refusal (status 400 and up, or an upload sent back with an
// error) must change nothing.
import fc from "fast-check";
import { EXPORT_TABLES } from "@/lib/server/dashboard/export-table";
import { SKU_CSV_FIELDS, skuCsvHeader } from "@/lib/server/skus/sku-csv";
import {
  badId,
  badString,
  csvFile,
  formEntries,
  headerValue,
  jsonBody,
  queryString,
  type FormEntry,
} from "./arbitraries";
import { PASSWORD, worldIds, type World } from "./world";
import type { Caller } from "./action-targets";

export type RouteRequest = {
  path: string;
  params: Record<string, string>;
  headers: [string, string][];
  body?: string | Uint8Array | FormEntry[];
};

export type RouteSpec = {
  as: Caller | "token";
  runs: number;
  request: fc.Arbitrary<RouteRequest>;
  /** Whether an answer is an acceptance (which may write); by default any status under 400. */
  accepted?: (response: Response) => boolean;
  mayWrite?: readonly string[];
  mayLog?: boolean;
};

/** A path segment as a browser would send it (lone surrogates become U+FFFD on the way). */
const segment = (value: string) => encodeURIComponent(value.toWellFormed());

const oneOf = (good: readonly string[], pool: readonly string[] = []) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...good) },
    { weight: 3, arbitrary: badString.filter((s) => s.length < 10_000) },
    { weight: 2, arbitrary: badId([...good, ...pool]) },
    ...(pool.length ? [{ weight: 2, arbitrary: fc.constantFrom(...pool) }] : []),
  );

const JSON_TYPES = ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", ""];

export function routeTargets(w: World): Record<string, RouteSpec> {
  const ids = worldIds(w);

  /** A request: path parameters, query names, extra headers and a body, each generated. */
  const request = (opts: {
    path: (params: Record<string, string>) => string;
    params?: Record<string, fc.Arbitrary<string>>;
    query?: readonly string[];
    headers?: Record<string, fc.Arbitrary<string>>;
    body?: fc.Arbitrary<RouteRequest["body"]>;
  }): fc.Arbitrary<RouteRequest> =>
    fc
      .record({
        params: fc.record(opts.params ?? {}),
        query: opts.query ? fc.option(queryString(opts.query), { nil: undefined }) : fc.constant(undefined),
        headers: fc.record(
          {
            "accept-language": headerValue,
            "x-forwarded-for": fc.constantFrom("203.0.113.9", "::ffff:10.0.0.1", "garbage", "1.1.1.1, 2.2.2.2"),
            ...(opts.headers ?? {}),
          },
          { requiredKeys: Object.keys(opts.headers ?? {}) as never[] },
        ),
        body: opts.body ?? fc.constant(undefined),
      })
      .map(({ params, query, headers, body }) => ({
        path: opts.path(params) + (query ? `?${query}` : ""),
        params,
        headers: Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === "string"),
        body,
      }));

  const token = fc.oneof(
    { weight: 8, arbitrary: fc.constant(`Bearer ${w.mine.token}`) },
    { weight: 1, arbitrary: headerValue },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `Bearer ${w.mine.token}x`,
        `bearer ${w.mine.token}`,
        "Bearer ",
        `Basic ${w.mine.token}`,
      ),
    },
  );
  const sku = {
    code: w.mine.skuCodes[0],
    nameZh: "蓝牙耳机",
    hsCode: "8518300000",
    unitPriceMinor: 12900,
    currency: "CNY",
    weightGrams: 60,
    markets: ["US", "DE"],
    platforms: ["amazon"],
    stock: { "XIYONG-B1": 12 },
    status: "ACTIVE",
  };
  const skuCode = oneOf([...w.mine.skuCodes, "FUZZ-NEW-9"], [w.theirs.skuCode, ...ids]);
  const jobId = oneOf([...w.mine.jobs], [...w.theirs.jobs, ...ids]);
  const authPath = fc.oneof(
    fc.constantFrom(
      "session",
      "csrf",
      "providers",
      "signin",
      "signout",
      "callback/credentials",
      "error",
      "signin/credentials",
    ),
    badString.filter((s) => s.length < 1000).map(segment),
  );
  const authForm = formEntries({
    email: "merchant@example.com",
    password: PASSWORD,
    csrfToken: "x",
    callbackUrl: "/merchant",
  }).map((entries) =>
    new URLSearchParams(
      entries.map(([k, v]) => [k.toWellFormed(), typeof v === "string" ? v.toWellFormed() : "file"]),
    ).toString(),
  );
  const reviewer = { as: "staff" as const };

  return {
    "app/(public)/account/data/route.ts#GET": {
      as: "spare",
      runs: 20,
      request: request({ path: () => "/account/data", query: ["format", "userId"] }),
    },
    "app/admin/(lists)/audit/export/route.ts#GET": {
      as: "operator",
      runs: 40,
      request: request({
        path: () => "/admin/audit/export",
        query: ["actor", "action", "merchant", "from", "to", "sort", "dir"],
      }),
    },
    "app/admin/(lists)/catalog/export/route.ts#GET": {
      as: "operator",
      runs: 30,
      request: request({
        path: () => "/admin/catalog/export",
        query: ["q", "park", "chapter", "market", "sort", "dir", "page", "size"],
      }),
    },
    "app/admin/(lists)/merchants/export/route.ts#GET": {
      as: "operator",
      runs: 30,
      request: request({
        path: () => "/admin/merchants/export",
        query: ["status", "park", "from", "to", "q", "sort", "dir"],
      }),
    },
    "app/admin/(lists)/events/export/route.ts#GET": {
      ...reviewer,
      runs: 30,
      request: request({ path: () => "/admin/events/export", query: ["status", "q", "sort", "dir"] }),
    },
    "app/admin/dashboard/export/[table]/route.ts#GET": {
      ...reviewer,
      runs: 40,
      request: request({
        params: { table: oneOf(EXPORT_TABLES) },
        path: (p) => `/admin/dashboard/export/${segment(p.table)}`,
        query: ["year", "zone", "mode"],
      }),
    },
    "app/admin/events/[id]/export/route.ts#GET": {
      as: "operator",
      runs: 40,
      request: request({
        params: { id: oneOf([w.event.id], [w.draft.id, ...ids]) },
        path: (p) => `/admin/events/${segment(p.id)}/export`,
        query: ["status", "sort", "dir"],
      }),
    },
    "app/auth/sign-out/route.ts#POST": {
      // A user whose session no other target needs: signing out ends it.
      as: "spare",
      runs: 15,
      request: request({
        path: () => "/auth/sign-out",
        query: ["callbackUrl"],
        headers: { origin: fc.constantFrom("https://portal.test", "https://evil.test", "null") },
        body: formEntries({ callbackUrl: "https://evil.test/" }),
      }),
    },
    "app/auth/sign-out-everywhere/route.ts#POST": {
      // A user whose sessions no other target needs: the call ends them all.
      as: "spare",
      runs: 15,
      request: request({
        path: () => "/auth/sign-out-everywhere",
        query: ["callbackUrl"],
        headers: { origin: fc.constantFrom("https://portal.test", "https://evil.test", "null") },
        body: formEntries({ callbackUrl: "https://evil.test/" }),
      }),
    },
    "app/api/auth/[...nextauth]/route.ts#GET": {
      as: null,
      runs: 40,
      request: request({ path: () => "", query: ["callbackUrl", "error", "csrf"] }).chain((r) =>
        authPath.map((p) => ({ ...r, path: `/api/auth/${p}${r.path}` })),
      ),
      accepted: () => false,
      // Auth.js logs a client's mistakes (an unknown action, a missing CSRF token) as errors; it answers 400.
      mayLog: true,
    },
    "app/api/auth/[...nextauth]/route.ts#POST": {
      as: null,
      runs: 40,
      request: request({
        path: () => "",
        headers: {
          "content-type": fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", ""),
        },
        body: fc.oneof(authForm, jsonBody({ email: "merchant@example.com", password: PASSWORD })),
      }).chain((r) => authPath.map((p) => ({ ...r, path: `/api/auth/${p}${r.path}` }))),
      // Without the CSRF cookie nothing can sign in: every answer is a refusal.
      accepted: () => false,
      // Auth.js logs a client's mistakes (an unknown action, a missing CSRF token) as errors; it answers 400.
      mayLog: true,
    },
    "app/api/events/[slug]/ics/route.ts#GET": {
      as: null,
      runs: 40,
      request: request({
        params: { slug: oneOf([w.event.slug, w.event.id], [w.draft.slug, ...ids]) },
        path: (p) => `/api/events/${segment(p.slug)}/ics`,
      }),
    },
    "app/api/events/[slug]/signups/route.ts#POST": {
      as: "owner",
      runs: 60,
      request: request({
        params: { slug: oneOf([w.event.slug, w.event.id], [w.draft.slug, ...ids]) },
        path: (p) => `/api/events/${segment(p.slug)}/signups`,
        headers: {
          "content-type": fc.constantFrom(...JSON_TYPES),
          origin: fc.constantFrom("https://portal.test", "https://evil.test", "null"),
        },
        body: jsonBody({
          attendees: ["李四", "王五"],
          partnerIds: [w.partnerId],
          privacyConsent: true,
          attendeesInformed: true,
        }),
      }),
    },
    "app/api/health/route.ts#GET": {
      as: null,
      runs: 10,
      request: request({ path: () => "/api/health", query: ["x"] }),
    },
    "app/api/merchants/[id]/logo/route.ts#GET": {
      as: "owner",
      runs: 40,
      request: request({
        params: { id: oneOf([w.theirs.merchantId], ids) },
        path: (p) => `/api/merchants/${segment(p.id)}/logo`,
      }),
    },
    "app/api/v1/openapi.json/route.ts#GET": {
      as: null,
      runs: 5,
      request: request({ path: () => "/api/v1/openapi.json" }),
    },
    "app/api/v1/skus/[code]/route.ts#GET": {
      as: "token",
      runs: 40,
      request: request({
        params: { code: skuCode },
        path: (p) => `/api/v1/skus/${segment(p.code)}`,
        headers: { authorization: token },
      }),
    },
    "app/api/v1/skus/[code]/route.ts#PUT": {
      as: "token",
      runs: 60,
      request: request({
        params: { code: skuCode },
        path: (p) => `/api/v1/skus/${segment(p.code)}`,
        headers: { authorization: token, "content-type": fc.constantFrom(...JSON_TYPES) },
        body: jsonBody(sku),
      }),
    },
    "app/api/v1/skus/[code]/route.ts#PATCH": {
      as: "token",
      runs: 60,
      request: request({
        params: { code: skuCode },
        path: (p) => `/api/v1/skus/${segment(p.code)}`,
        headers: {
          authorization: token,
          "content-type": fc.constantFrom("application/merge-patch+json", ...JSON_TYPES),
          "if-match": fc.constantFrom("*", '"stale"', 'W/"x"', ""),
        },
        body: jsonBody(sku),
      }),
    },
    "app/api/v1/skus/[code]/route.ts#POST": {
      as: "token",
      runs: 10,
      request: request({
        params: { code: skuCode },
        path: (p) => `/api/v1/skus/${segment(p.code)}`,
        headers: { authorization: token, "content-type": fc.constantFrom(...JSON_TYPES) },
        body: jsonBody(sku),
      }),
    },
    "app/api/v1/skus/[code]/route.ts#DELETE": {
      as: "token",
      runs: 40,
      request: request({
        params: { code: skuCode },
        path: (p) => `/api/v1/skus/${segment(p.code)}`,
        headers: { authorization: token },
      }),
    },
    "app/api/v1/skus/route.ts#GET": {
      as: "token",
      runs: 50,
      request: request({
        path: () => "/api/v1/skus",
        query: ["q", "market", "chapter", "warehouse", "status", "limit", "cursor"],
        headers: { authorization: token },
      }),
    },
    "app/api/v1/skus/route.ts#POST": {
      as: "token",
      runs: 60,
      // A 409 answered under an Idempotency-Key is kept, to be replayed to the retry.
      mayWrite: ["ApiIdempotencyKey"],
      request: request({
        path: () => "/api/v1/skus",
        headers: {
          authorization: token,
          "content-type": fc.constantFrom(...JSON_TYPES),
          "idempotency-key": fc.constantFrom("retry-1", "retry-2", "bad key", ""),
        },
        body: fc.oneof(
          jsonBody({ ...sku, code: "FUZZ-API-1" }),
          fc
            .array(jsonBody({ ...sku, code: "FUZZ-API-2" }), { maxLength: 4 })
            .map((items) => `{"items":[${items.join(",")}]}`),
        ),
      }),
    },
    ...Object.fromEntries(
      (["PUT", "PATCH", "DELETE"] as const).map((method) => [
        `app/api/v1/skus/route.ts#${method}`,
        {
          as: "token" as const,
          runs: 10,
          request: request({
            path: () => "/api/v1/skus",
            headers: { authorization: token, "content-type": fc.constantFrom(...JSON_TYPES) },
            body: jsonBody({ ...sku, code: "FUZZ-API-3" }),
          }),
        },
      ]),
    ),
    "app/maps/world.svg/route.ts#GET": {
      as: "owner",
      runs: 10,
      request: request({ path: () => "/maps/world.svg", query: ["v"] }),
    },
    "app/merchant/(approved)/declarations/import/[jobId]/report/route.ts#GET": {
      as: "owner",
      runs: 30,
      request: request({
        params: { jobId },
        path: (p) => `/merchant/declarations/import/${segment(p.jobId)}/report`,
      }),
    },
    "app/merchant/(approved)/declarations/import/[jobId]/status/route.ts#GET": {
      as: "owner",
      runs: 30,
      request: request({
        params: { jobId },
        path: (p) => `/merchant/declarations/import/${segment(p.jobId)}/status`,
      }),
    },
    "app/merchant/(approved)/declarations/import/upload/route.ts#POST": {
      as: "owner",
      runs: 40,
      request: request({
        path: () => "/merchant/declarations/import/upload",
        headers: {
          accept: fc.constantFrom("application/json", "text/html", ""),
          origin: fc.constantFrom("https://portal.test", "https://evil.test", "null", "%"),
        },
        body: fc.oneof(
          { weight: 4, arbitrary: declarationCsvForm() },
          { weight: 1, arbitrary: badString },
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
        ),
      }),
      // A refusal without JavaScript is a redirect back to the form, with the reason.
      accepted: (response) => response.status < 400 && !(response.headers.get("location") ?? "").includes("error="),
    },
    "app/merchant/(approved)/declarations/template/route.ts#GET": {
      as: "owner",
      runs: 10,
      request: request({ path: () => "/merchant/declarations/template", query: ["lang"] }),
    },
    "app/merchant/(approved)/declarations/export/route.ts#GET": {
      as: "owner",
      runs: 20,
      request: request({
        path: () => "/merchant/declarations/export",
        query: ["year", "mode", "direction", "country", "sort", "dir", "merchantId"],
      }),
    },
    "app/merchant/(approved)/skus/export/route.ts#GET": {
      as: "owner",
      runs: 40,
      request: request({
        path: () => "/merchant/skus/export",
        query: ["q", "market", "chapter", "warehouse", "status"],
      }),
    },
    "app/merchant/(approved)/skus/import/[jobId]/report/route.ts#GET": {
      as: "owner",
      runs: 30,
      request: request({
        params: { jobId },
        path: (p) => `/merchant/skus/import/${segment(p.jobId)}/report`,
      }),
    },
    "app/merchant/(approved)/skus/import/[jobId]/status/route.ts#GET": {
      as: "owner",
      runs: 30,
      request: request({
        params: { jobId },
        path: (p) => `/merchant/skus/import/${segment(p.jobId)}/status`,
      }),
    },
    "app/merchant/(approved)/skus/import/upload/route.ts#POST": {
      as: "owner",
      runs: 40,
      request: request({
        path: () => "/merchant/skus/import/upload",
        headers: {
          accept: fc.constantFrom("application/json", "text/html", ""),
          origin: fc.constantFrom("https://portal.test", "https://evil.test", "null", "%"),
        },
        body: fc.oneof(
          { weight: 4, arbitrary: csvUploadForm(skuCsv(), "skus") },
          { weight: 1, arbitrary: badString },
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
        ),
      }),
      // A refusal without JavaScript is a redirect back to the form, with the reason.
      accepted: (response) => response.status < 400 && !(response.headers.get("location") ?? "").includes("error="),
    },
    "app/merchant/(approved)/skus/template/route.ts#GET": {
      as: "owner",
      runs: 10,
      request: request({ path: () => "/merchant/skus/template", query: ["lang"] }),
    },
  };
}

/** A generated SKU CSV file. */
function skuCsv(): fc.Arbitrary<Uint8Array> {
  const row = [
    "FUZZ-CSV-1",
    "蓝牙耳机",
    "",
    "8518300000",
    "CN",
    "129.00",
    "CNY",
    "60",
    "US;DE",
    "amazon",
    "XIYONG-B1:5",
    "ACTIVE",
  ];
  return csvFile([skuCsvHeader("en"), skuCsvHeader("zh-CN"), [...SKU_CSV_FIELDS]], row);
}

/** A generated declarations CSV file, with its English or Chinese column names. */
function declarationCsv(): fc.Arbitrary<Uint8Array> {
  return csvFile(
    [
      [
        "declared_on",
        "customs_mode",
        "direction",
        "country",
        "amount",
        "currency",
        "platform",
        "hs_chapter",
        "reference",
      ],
      ["申报日期", "监管方式", "贸易方向", "国家或地区", "金额", "币种", "平台", "商品章节", "申报单号"],
    ],
    ["2025-03-18", "9610", "EXPORT", "US", "12.50", "USD", "amazon", "85", "FUZZ-CSV-1"],
  );
}

const declarationCsvForm = () => csvUploadForm(declarationCsv(), "declarations");

/** An import's multipart form: the file (a generated CSV, or no file at all), among stray fields. */
function csvUploadForm(file: fc.Arbitrary<Uint8Array>, name: string): fc.Arbitrary<FormEntry[]> {
  return fc
    .tuple(
      fc.oneof(
        {
          weight: 6,
          arbitrary: file.map((bytes) => ["file", { file: bytes, name: `${name}.csv`, type: "text/csv" }] as FormEntry),
        },
        {
          weight: 1,
          arbitrary: file.map(
            (bytes) => ["file", { file: bytes, name: `${name}.exe`, type: "application/x-msdownload" }] as FormEntry,
          ),
        },
        { weight: 1, arbitrary: badString.map((text) => ["file", text] as FormEntry) },
      ),
      formEntries({}),
    )
    .map(([first, rest]) => [first, ...rest]);
}
