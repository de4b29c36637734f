// Every page, and what each caller gets from it with its layouts (see outcomes.ts).
// A page on disk without an entry here, or an entry without a page, fails the matrix.
import { adminPage, all, approvedMerchantPage, HOME, login, type Params, type PageOutcome, type Row } from "./outcomes";
import type { Caller, World } from "./world";

export type PageEntry = {
  params?: Params;
  searchParams?: (w: World) => Record<string, string>;
  expect: Row<PageOutcome>;
  /** Callers who may get the page, but must not find merchant A in it (its name, USCC or SKU code). */
  withoutMerchantA?: readonly Caller[];
  /** Callers who find merchant A in it: the proof that `withoutMerchantA` looks where the data is. */
  withMerchantA?: readonly Caller[];
};

const publicPage: PageEntry = { expect: all("ok") };
/** Sign-in and registration: signed-in callers go home. */
const signedOutOnly: PageEntry = { expect: { ...HOME, anonymous: "ok" } };
const staffAndOperators = adminPage({ operator: "ok", otherOperator: "ok", staff: "ok" });
const staffOnly = adminPage({ operator: "redirect:/admin", otherOperator: "redirect:/admin", staff: "ok" });
const merchantPage: PageEntry = { expect: approvedMerchantPage(), withoutMerchantA: ["otherMerchant"] };
/** A merchant page that shows the company's own data: its members find A in it, B does not. */
const ownDataPage: PageEntry = { ...merchantPage, withMerchantA: ["owner", "member"] };
/** A reviewer's page that lists merchants: an operator of another park sees none of merchant A. */
const scoped: PageEntry = {
  expect: staffAndOperators,
  withoutMerchantA: ["otherOperator"],
  withMerchantA: ["operator", "staff"],
};

export const PAGES: Record<string, PageEntry> = {
  "app/(public)/page.tsx": publicPage,
  "app/(public)/accessibility/page.tsx": publicPage,
  "app/(public)/account/page.tsx": {
    expect: { ...all<PageOutcome>("ok"), anonymous: login("/account") },
  },
  "app/(public)/account/mfa/page.tsx": {
    expect: { ...all<PageOutcome>("ok"), anonymous: login("/account/mfa") },
  },
  "app/(public)/consent/page.tsx": { expect: { ...HOME, anonymous: login("/consent") } },
  "app/(public)/developers/page.tsx": publicPage,
  "app/(public)/events/page.tsx": publicPage,
  "app/(public)/events/[slug]/page.tsx": { params: (w) => ({ slug: w.event.slug }), expect: all("ok") },
  "app/(public)/forgot-password/page.tsx": publicPage,
  "app/(public)/invite/[token]/page.tsx": { params: () => ({ token: "no-such-invitation" }), expect: all("ok") },
  "app/(public)/login/page.tsx": signedOutOnly,
  "app/(public)/privacy/page.tsx": publicPage,
  "app/(public)/register/page.tsx": signedOutOnly,
  "app/(public)/register/sent/page.tsx": publicPage,
  "app/(public)/sitemap/page.tsx": publicPage,
  "app/(public)/reset-password/[token]/page.tsx": { params: () => ({ token: "no-such-token" }), expect: all("ok") },

  // The dashboard of the year of A's declaration: A is in the ranking, except for another park's operator.
  "app/admin/(dashboard)/page.tsx": { ...scoped, searchParams: () => ({ year: "2025" }) },
  "app/admin/(lists)/audit/page.tsx": scoped,
  "app/admin/(lists)/catalog/page.tsx": scoped,
  "app/admin/(lists)/data/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/data/goals/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/data/rates/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/data/statistics/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/events/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/events/new/page.tsx": { expect: staffOnly },
  "app/admin/(lists)/events/stats/page.tsx": { expect: staffAndOperators },
  // Searched by the start of A's USCC (the page repeats the search, so not the whole of it).
  "app/admin/(lists)/merchants/page.tsx": {
    ...scoped,
    searchParams: (w) => ({ status: "ALL", q: w.uscc.slice(0, 16) }),
  },
  "app/admin/(lists)/notifications/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/jobs/page.tsx": { expect: staffOnly },
  "app/admin/(lists)/closures/page.tsx": { expect: staffOnly },
  "app/admin/(lists)/partners/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/zones/page.tsx": { expect: staffAndOperators },
  "app/admin/(lists)/zones/new-park/page.tsx": { expect: staffOnly },
  "app/admin/(lists)/zones/new-zone/page.tsx": { expect: staffOnly },
  "app/admin/events/[id]/page.tsx": {
    params: (w) => ({ id: w.event.id }),
    ...scoped,
  },
  "app/admin/events/[id]/check-in/page.tsx": { params: (w) => ({ id: w.event.id }), expect: staffOnly },
  "app/admin/events/[id]/edit/page.tsx": { params: (w) => ({ id: w.event.id }), expect: staffOnly },
  // The form lists the companies with a confirmed seat in the viewer's scope: never A for another park's operator.
  "app/admin/events/[id]/follow-ups/page.tsx": {
    params: (w) => ({ id: w.event.id }),
    expect: staffAndOperators,
    withoutMerchantA: ["otherOperator"],
  },
  // Searched by the start of A's USCC: another park's operator finds nothing of A.
  "app/admin/search/page.tsx": { ...scoped, searchParams: (w) => ({ q: w.uscc.slice(0, 16) }) },
  "app/admin/merchants/[id]/page.tsx": {
    params: (w) => ({ id: w.merchantId }),
    expect: adminPage({ operator: "ok", otherOperator: "notFound", staff: "ok" }),
  },

  "app/merchant/status/page.tsx": {
    expect: { ...HOME, anonymous: login("/merchant"), pending: "ok", suspended: "ok" },
  },
  "app/merchant/(approved)/page.tsx": ownDataPage,
  "app/merchant/(approved)/declarations/page.tsx": ownDataPage,
  "app/merchant/(approved)/declarations/import/page.tsx": merchantPage,
  "app/merchant/(approved)/declarations/new/page.tsx": merchantPage,
  "app/merchant/(approved)/events/page.tsx": merchantPage,
  // A's tickets for the matrix event: its members see them (and A's name), merchant B finds none.
  "app/merchant/(approved)/events/[eventId]/tickets/page.tsx": {
    params: (w) => ({ eventId: w.event.id }),
    expect: approvedMerchantPage("notFound"),
    withMerchantA: ["owner", "member"],
  },
  "app/merchant/(approved)/markets/page.tsx": merchantPage,
  "app/merchant/(approved)/notifications/page.tsx": merchantPage,
  "app/merchant/(approved)/profile/page.tsx": ownDataPage,
  "app/merchant/(approved)/settings/api/page.tsx": ownDataPage,
  "app/merchant/(approved)/skus/page.tsx": ownDataPage,
  "app/merchant/(approved)/skus/new/page.tsx": merchantPage,
  "app/merchant/(approved)/skus/import/page.tsx": merchantPage,
  "app/merchant/(approved)/team/page.tsx": ownDataPage,
  // Searched by part of the name every matrix SKU has (the page repeats the query): A's people find
  // A's SKU code, merchant B only its own SKUs.
  "app/merchant/(approved)/search/page.tsx": { ...ownDataPage, searchParams: () => ({ q: "矩阵测试" }) },
  "app/merchant/(approved)/skus/[id]/page.tsx": {
    params: (w) => ({ id: w.skuId }),
    expect: approvedMerchantPage("notFound"),
    withMerchantA: ["owner", "member"],
  },
  "app/merchant/(approved)/declarations/import/[jobId]/page.tsx": {
    params: (w) => ({ jobId: w.declarationJobId }),
    expect: approvedMerchantPage("notFound"),
  },
  "app/merchant/(approved)/skus/import/[jobId]/page.tsx": {
    params: (w) => ({ jobId: w.skuJobId }),
    expect: approvedMerchantPage("notFound"),
  },
};
