// Every route handler's methods, and the status each caller gets (see outcomes.ts).
// The ERP API (/api/v1) is called with the bearer token the caller's merchant holds
// (world.tokens), the other routes with the caller's session.
import type { Db } from "@/lib/db/create-client";
import { makeEvent } from "@/lib/testing/event-fixtures";
import { ACTIVE_MERCHANTS, all, byAccess, REVIEWERS, SIGNED_IN, type Row } from "./outcomes";
import { newSku, type Caller, type World } from "./world";

/** What a cell prepares for itself (a fresh record's id, say), passed to `url`, `params` and `init`. */
export type Vars = Record<string, string>;

export type RouteEntry = {
  prepare?: (w: World, db: Db) => Promise<Vars>;
  /** The path asked for (its query included), for the request's URL. */
  url: (w: World, v: Vars) => string;
  params?: (w: World, v: Vars) => Record<string, string | string[]>;
  /** `token`: the caller's ERP API token instead of its session. */
  token?: boolean;
  init?: (w: World, v: Vars) => RequestInit;
  expect: Row<number>;
  /** The call ends the caller's session (signing out): the caller signs in afresh after it. */
  endsSession?: boolean;
  /** The handler logs an error for the request it refuses (next-auth): keep the test's output clean. */
  quiet?: boolean;
  /** Callers who may get an answer, but must not find merchant A in it (its name, USCC or SKU code). */
  withoutMerchantA?: readonly Caller[];
  /** Callers who find merchant A in it: the proof that `withoutMerchantA` looks where the data is. */
  withMerchantA?: readonly Caller[];
};

const ORIGIN = "http://localhost:3000";
/** What a browser on the portal's own pages sends (a Request here cannot carry Host). */
const SAME_SITE = { origin: ORIGIN, "x-forwarded-host": new URL(ORIGIN).host };
const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...SAME_SITE },
  body: JSON.stringify(body),
});

/** An import upload with no file: past the access check, the upload is refused (400). */
const emptyUpload = () => ({
  method: "POST",
  headers: { accept: "application/json", ...SAME_SITE, "content-type": "multipart/form-data; boundary=x" },
  body: "--x--\r\n",
});

/** The approved merchant area's downloads: 401 signed out, 403 for any caller who is not an active merchant's. */
const activeMerchant = (ok: number, other = ok) => ({
  ...byAccess(ACTIVE_MERCHANTS, ok, 403, 401),
  otherMerchant: other,
});
/** The ERP API with each caller's own token: 401 without one, 403 for a suspended merchant's. */
const api = (ok: number, other = ok): Row<number> => ({
  ...all(401),
  suspended: 403,
  owner: ok,
  member: ok,
  otherMerchant: other,
});

export const ROUTES: Record<string, RouteEntry> = {
  "app/admin/dashboard/export/[table]/route.ts GET": {
    // The merchant ranking of the year of A's declaration: A is in it, except for another park's operator.
    url: () => "/admin/dashboard/export/merchants?year=2025",
    params: () => ({ table: "merchants" }),
    expect: byAccess(REVIEWERS, 200, 403, 401),
    withoutMerchantA: ["otherOperator"],
    withMerchantA: ["operator", "staff"],
  },
  // The person's own data: any signed-in caller gets theirs, never merchant A's records.
  "app/(public)/account/data/route.ts GET": {
    url: () => "/account/data",
    expect: byAccess(SIGNED_IN, 200, 403, 401),
  },
  "app/admin/(lists)/audit/export/route.ts GET": {
    url: () => "/admin/audit/export",
    expect: byAccess(REVIEWERS, 200, 403, 401),
    withoutMerchantA: ["otherOperator"],
    withMerchantA: ["operator", "staff"],
  },
  "app/admin/(lists)/catalog/export/route.ts GET": {
    url: () => "/admin/catalog/export",
    expect: byAccess(REVIEWERS, 200, 403, 401),
    withoutMerchantA: ["otherOperator"],
    withMerchantA: ["operator", "staff"],
  },
  "app/admin/(lists)/merchants/export/route.ts GET": {
    url: () => "/admin/merchants/export?status=ALL",
    expect: byAccess(REVIEWERS, 200, 403, 401),
    withoutMerchantA: ["otherOperator"],
    withMerchantA: ["operator", "staff"],
  },
  "app/admin/(lists)/events/export/route.ts GET": {
    url: () => "/admin/events/export",
    expect: byAccess(REVIEWERS, 200, 403, 401),
  },
  "app/admin/events/[id]/export/route.ts GET": {
    url: (w) => `/admin/events/${w.event.id}/export`,
    params: (w) => ({ id: w.event.id }),
    expect: byAccess(REVIEWERS, 200, 403, 401),
    withoutMerchantA: ["otherOperator"],
    withMerchantA: ["operator", "staff"],
  },
  "app/api/auth/[...nextauth]/route.ts GET": {
    url: () => "/api/auth/providers",
    params: () => ({ nextauth: ["providers"] }),
    expect: all(200),
  },
  "app/api/auth/[...nextauth]/route.ts POST": {
    url: () => "/api/auth/callback/credentials",
    params: () => ({ nextauth: ["callback", "credentials"] }),
    init: () => ({
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...SAME_SITE },
      body: "email=nobody%40example.com&password=wrong",
    }),
    // No CSRF token: next-auth refuses the sign-in and sends the browser to its error page.
    quiet: true,
    expect: all(302),
  },
  "app/auth/sign-out/route.ts POST": {
    url: () => "/auth/sign-out",
    init: () => ({ method: "POST", headers: SAME_SITE }),
    // Everyone is sent to the login page; a signed-in caller's session ends.
    endsSession: true,
    expect: all(303),
  },
  "app/auth/sign-out-everywhere/route.ts POST": {
    url: () => "/auth/sign-out-everywhere",
    init: () => ({ method: "POST", headers: SAME_SITE }),
    // Everyone is sent to the login page; a signed-in caller's sessions all end (account.test.ts counts them).
    endsSession: true,
    expect: all(303),
  },
  "app/api/events/[slug]/ics/route.ts GET": {
    url: (w) => `/api/events/${w.event.slug}/ics`,
    params: (w) => ({ slug: w.event.slug }),
    expect: all(200),
  },
  "app/api/events/[slug]/signups/route.ts POST": {
    // Each caller asks for a seat at an event of its own.
    prepare: async (_w, db) => ({ slug: (await makeEvent(db, { capacity: 5 })).slug }),
    url: (_w, v) => `/api/events/${v.slug}/signups`,
    params: (_w, v) => ({ slug: v.slug }),
    init: () => json({ attendees: ["李娜"], privacyConsent: true, attendeesInformed: true }),
    expect: { ...byAccess(ACTIVE_MERCHANTS, 201, 403, 401), pending: 403, suspended: 403 },
  },
  "app/api/health/route.ts GET": { url: () => "/api/health", expect: all(200) },
  "app/api/merchants/[id]/logo/route.ts GET": {
    url: (w) => `/api/merchants/${w.merchantId}/logo`,
    params: (w) => ({ id: w.merchantId }),
    // A's members, staff and A's park operator; anyone else gets the 404 of a merchant without a logo.
    expect: { ...byAccess(SIGNED_IN, 404, 401), owner: 200, member: 200, operator: 200, staff: 200 },
  },
  "app/api/v1/openapi.json/route.ts GET": { url: () => "/api/v1/openapi.json", expect: all(200) },
  "app/api/v1/skus/route.ts GET": { url: () => "/api/v1/skus", token: true, expect: api(200) },
  "app/api/v1/skus/route.ts POST": {
    url: () => "/api/v1/skus",
    token: true,
    // An empty body: past the token check, the input is refused.
    init: () => json({}),
    expect: api(422),
  },
  "app/api/v1/skus/[code]/route.ts GET": {
    url: (w) => `/api/v1/skus/${w.skuCode}`,
    params: (w) => ({ code: w.skuCode }),
    token: true,
    expect: api(200, 404),
  },
  "app/api/v1/skus/[code]/route.ts PUT": {
    url: (w) => `/api/v1/skus/${w.skuCode}`,
    params: (w) => ({ code: w.skuCode }),
    token: true,
    init: () => ({ ...json({ nameZh: "" }), method: "PUT" }),
    expect: api(422),
  },
  "app/api/v1/skus/[code]/route.ts PATCH": {
    url: (w) => `/api/v1/skus/${w.skuCode}`,
    params: (w) => ({ code: w.skuCode }),
    token: true,
    // A patch that empties a required field: past the token check, A's SKU is refused unchanged; B has no such SKU.
    init: () => ({
      method: "PATCH",
      headers: { "content-type": "application/merge-patch+json" },
      body: JSON.stringify({ hsCode: null }),
    }),
    expect: api(422, 404),
  },
  "app/api/v1/skus/[code]/route.ts POST": {
    url: (w) => `/api/v1/skus/${w.skuCode}`,
    params: (w) => ({ code: w.skuCode }),
    token: true,
    init: () => ({ ...json({}), method: "POST" }),
    expect: api(405),
  },
  "app/api/v1/skus/route.ts PUT": {
    url: () => "/api/v1/skus",
    token: true,
    init: () => ({ ...json({}), method: "PUT" }),
    expect: api(405),
  },
  "app/api/v1/skus/route.ts PATCH": {
    url: () => "/api/v1/skus",
    token: true,
    init: () => ({ ...json({}), method: "PATCH" }),
    expect: api(405),
  },
  "app/api/v1/skus/route.ts DELETE": {
    url: () => "/api/v1/skus",
    token: true,
    init: () => ({ method: "DELETE" }),
    expect: api(405),
  },
  "app/api/v1/skus/[code]/route.ts DELETE": {
    // A fresh SKU of A's for each caller: A's token deletes it, B's finds no SKU of that code.
    prepare: async (w, db) => ({ code: (await newSku(db, w.merchantId)).code }),
    url: (_w, v) => `/api/v1/skus/${v.code}`,
    params: (_w, v) => ({ code: v.code }),
    token: true,
    init: () => ({ method: "DELETE" }),
    expect: api(200, 404),
  },
  "app/maps/world.svg/route.ts GET": { url: () => "/maps/world.svg", expect: byAccess(SIGNED_IN, 200, 401) },
  "app/merchant/(approved)/declarations/import/[jobId]/report/route.ts GET": {
    url: (w) => `/merchant/declarations/import/${w.declarationJobId}/report`,
    params: (w) => ({ jobId: w.declarationJobId }),
    expect: activeMerchant(200, 404),
  },
  "app/merchant/(approved)/declarations/import/[jobId]/status/route.ts GET": {
    url: (w) => `/merchant/declarations/import/${w.declarationJobId}/status`,
    params: (w) => ({ jobId: w.declarationJobId }),
    expect: activeMerchant(200, 404),
  },
  "app/merchant/(approved)/declarations/import/upload/route.ts POST": {
    url: () => "/merchant/declarations/import/upload",
    init: emptyUpload,
    expect: activeMerchant(400),
  },
  "app/merchant/(approved)/declarations/template/route.ts GET": {
    url: () => "/merchant/declarations/template",
    expect: activeMerchant(200),
  },
  "app/merchant/(approved)/declarations/export/route.ts GET": {
    url: () => "/merchant/declarations/export",
    expect: activeMerchant(200),
    withoutMerchantA: ["otherMerchant"],
    withMerchantA: ["owner", "member"],
  },
  "app/merchant/(approved)/skus/export/route.ts GET": {
    url: () => "/merchant/skus/export",
    expect: activeMerchant(200),
    withoutMerchantA: ["otherMerchant"],
    withMerchantA: ["owner", "member"],
  },
  "app/merchant/(approved)/skus/import/[jobId]/report/route.ts GET": {
    url: (w) => `/merchant/skus/import/${w.skuJobId}/report`,
    params: (w) => ({ jobId: w.skuJobId }),
    expect: activeMerchant(200, 404),
  },
  "app/merchant/(approved)/skus/import/[jobId]/status/route.ts GET": {
    url: (w) => `/merchant/skus/import/${w.skuJobId}/status`,
    params: (w) => ({ jobId: w.skuJobId }),
    expect: activeMerchant(200, 404),
  },
  "app/merchant/(approved)/skus/import/upload/route.ts POST": {
    url: () => "/merchant/skus/import/upload",
    init: emptyUpload,
    expect: activeMerchant(400),
  },
  "app/merchant/(approved)/skus/template/route.ts GET": {
    url: () => "/merchant/skus/template",
    expect: activeMerchant(200),
  },
};

export const ROUTE_ORIGIN = ORIGIN;
