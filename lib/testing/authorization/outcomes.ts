// What each kind of caller gets from a page, a route handler or a server action,
// in the authorization matrix (app/authorization-matrix.test.ts).
import type { Caller, World } from "./world";

/** A page: rendered, sent elsewhere (layouts included), or not found. */
export type PageOutcome = "ok" | "notFound" | `redirect:${string}`;

/**
 * A server action: `ok` (done: `ok: true`, or the redirect that follows
 * success), `refused` (the action's access refusal, nothing written),
 * `notFound` (the record is not the caller's: the action's not-found answer,
 * nothing written), `invalid` (past the access check, the input refused field
 * by field, nothing written), and for actions that answer nothing
 * (`plainAction`) `changed` or `unchanged`; `says:<key>` for another answer
 * of the use case (that message, nothing written).
 */
export type ActionOutcome = "ok" | "refused" | "notFound" | "invalid" | "changed" | "unchanged" | `says:${string}`;

export type Row<O> = Record<Caller, O>;

export const login = (returnTo: string): PageOutcome => `redirect:/login?callbackUrl=${encodeURIComponent(returnTo)}`;

/** Every caller alike. */
export const all = <O>(outcome: O): Row<O> =>
  ({
    anonymous: outcome,
    pending: outcome,
    suspended: outcome,
    owner: outcome,
    member: outcome,
    otherMerchant: outcome,
    operator: outcome,
    otherOperator: outcome,
    staff: outcome,
  }) as Row<O>;

/** Where each signed-in caller's home is (homePathFor). */
export const HOME = {
  pending: "redirect:/merchant/status",
  suspended: "redirect:/merchant/status",
  owner: "redirect:/merchant",
  member: "redirect:/merchant",
  otherMerchant: "redirect:/merchant",
  operator: "redirect:/admin",
  otherOperator: "redirect:/admin",
  staff: "redirect:/admin",
} as const satisfies Omit<Row<PageOutcome>, "anonymous">;

/**
 * A page of the approved merchant area: the merchant layout sends visitors to
 * sign in and staff and operators home; the approved layout sends the other
 * merchants to their status page. `other` is what merchant B gets with A's ids.
 */
export function approvedMerchantPage(other: PageOutcome = "ok"): Row<PageOutcome> {
  return { ...HOME, anonymous: login("/merchant"), owner: "ok", member: "ok", otherMerchant: other };
}

/** A page of the admin area: the admin layout sends visitors to sign in and merchants home. */
export function adminPage(who: { operator: PageOutcome; otherOperator: PageOutcome; staff: PageOutcome }) {
  return { ...HOME, anonymous: login("/admin"), ...who } satisfies Row<PageOutcome>;
}

/** Access by rule: the outcome for the callers a rule lets in, and for those it keeps out. */
export function byAccess<O>(allowed: readonly Caller[], yes: O, no: O, signedOut: O = no): Row<O> {
  const row = all(no);
  for (const c of allowed) row[c] = yes;
  row.anonymous = allowed.includes("anonymous") ? yes : signedOut;
  return row;
}

export const ACTIVE_MERCHANTS = ["owner", "member", "otherMerchant"] as const satisfies readonly Caller[];
export const MERCHANTS = ["pending", "suspended", ...ACTIVE_MERCHANTS] as const satisfies readonly Caller[];
export const REVIEWERS = ["operator", "otherOperator", "staff"] as const satisfies readonly Caller[];
export const SIGNED_IN = [...MERCHANTS, ...REVIEWERS] as const satisfies readonly Caller[];

export type Params = (w: World) => Record<string, string | string[]>;
