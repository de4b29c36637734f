import path from "node:path";
import Database from "better-sqlite3";
import { PAGES } from "../../lib/testing/authorization/pages";
import type { Caller } from "../../lib/testing/authorization/world";
import type { AccountName } from "./accounts";

/**
 * The kinds of caller the e2e setup can act as, and the saved session of each
 * (none for a visitor). The authorization matrix's page table says which of
 * them get each page ("ok"), so a new page is visited here as soon as it has
 * its row there (the matrix fails a page without one).
 */
export const ROLES = [
  { caller: "anonymous", account: null },
  { caller: "pending", account: "pending" },
  { caller: "owner", account: "merchant" },
  { caller: "operator", account: "operator" },
  { caller: "staff", account: "staff" },
] as const satisfies readonly { caller: Caller; account: AccountName | null }[];

export type Role = (typeof ROLES)[number];

/** The URL pattern of a page file: `app/(public)/events/[slug]/page.tsx` → `/events/[slug]`. */
export function routePattern(file: string) {
  const segments = file
    .replace(/^app\//, "")
    .replace(/\/?page\.tsx$/, "")
    .split("/")
    .filter((s) => s && !/^\(.+\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The pages a caller gets (not a redirect, not "not found"), as URL patterns, in table order. */
export function patternsFor(caller: Caller) {
  return Object.entries(PAGES)
    .filter(([, entry]) => entry.expect[caller] === "ok")
    .map(([file]) => routePattern(file));
}

export type Ids = Record<string, string>;

/** Fills a pattern's dynamic segments from `ids`, keyed by the pattern; a pattern without a value is an error. */
export function fillPattern(pattern: string, ids: Ids) {
  if (!pattern.includes("[")) return pattern;
  const url = ids[pattern];
  if (!url) throw new Error(`No URL for ${pattern}: add one to e2e/support/routes.ts (idsFromDatabase).`);
  return url;
}

const DB_FILE = path.resolve(process.cwd(), ".tmp/e2e/db/portal.db");

/**
 * The records behind the dynamic pages, read from the e2e server's seeded
 * database (scripts/e2e-server.mjs): an upcoming published event, the pending
 * demo merchant (in the operator's park), the demo merchant's first SKU and its
 * latest import jobs (null when it has none yet).
 */
export function idsFromDatabase() {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T | undefined;
    const merchantOf = (email: string) =>
      one<{ merchantId: string }>(
        `SELECT m."merchantId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = ?`,
        email,
      )!.merchantId;
    const event = one<{ id: string; slug: string }>(
      `SELECT id, slug FROM "Event" WHERE status = 'PUBLISHED' ORDER BY "startsAt" DESC LIMIT 1`,
    )!;
    const merchantId = merchantOf("merchant@example.com");
    const sku = one<{ id: string }>(`SELECT id FROM "Sku" WHERE "merchantId" = ? ORDER BY code LIMIT 1`, merchantId)!;
    // An event the demo merchant holds tickets for (the seed's Xiyong event it attended, or a later signup).
    const ticketed = one<{ eventId: string }>(
      `SELECT "eventId" FROM "Ticket" WHERE "merchantId" = ? AND "cancelledAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`,
      merchantId,
    )!;
    const job = (kind: string) =>
      one<{ id: string }>(
        `SELECT id FROM "ImportJob" WHERE "merchantId" = ? AND kind = ? ORDER BY "createdAt" DESC LIMIT 1`,
        merchantId,
        kind,
      )?.id ?? null;
    return {
      ids: {
        "/events/[slug]": `/events/${event.slug}`,
        "/invite/[token]": "/invite/no-such-invitation",
        "/reset-password/[token]": "/reset-password/no-such-token",
        "/admin/events/[id]": `/admin/events/${event.id}`,
        "/admin/events/[id]/check-in": `/admin/events/${event.id}/check-in`,
        "/admin/events/[id]/edit": `/admin/events/${event.id}/edit`,
        "/admin/events/[id]/follow-ups": `/admin/events/${event.id}/follow-ups`,
        "/admin/merchants/[id]": `/admin/merchants/${merchantOf("pending@example.com")}`,
        "/merchant/skus/[id]": `/merchant/skus/${sku.id}`,
        "/merchant/events/[eventId]/tickets": `/merchant/events/${ticketed.eventId}/tickets`,
      } as Ids,
      skuJob: job("SKU"),
      declarationJob: job("DECLARATION"),
    };
  } finally {
    db.close();
  }
}
