import "server-only";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/lib/db/create-client";
import { formatNumber } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { hitRateLimit, type RateLimitRule } from "@/lib/server/rate-limit";
import { unlessTooBroad } from "@/lib/server/search/contains-text";

/**
 * The most rows one CSV export of a list holds. A filter that matches more is
 * refused with a message, never cut short: a truncated file reads as complete.
 */
export const EXPORT_ROW_CAP = 50_000;

/**
 * Exports of one list one user may start in the window (ASVS 11.1.4: no bulk
 * harvesting): six a minute for ten minutes, far beyond a person's pace.
 */
export const EXPORT_RATE_LIMIT: RateLimitRule = { limit: 60, windowSeconds: 600 };

/** The lists that export; each has its own counter per user. */
export type ExportList =
  "catalog" | "reviewQueue" | "audit" | "events" | "attendees" | "declarations" | "skus" | "personalData";

export const exportRateLimitKey = (list: ExportList, userId: string) => `export:${list}:${userId}`;

const plain = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

/**
 * Checks a list export before its rows are read: first the user's exports in
 * the window (429 with Retry-After), then the matching rows against the cap
 * (422), and a search SQLite cannot name the rows of (422, unlessTooBroad).
 * Returns the refusal, worded in the reader's language, or null to go on.
 * `count` counts the rows within the caller's scope, as the export reads them.
 */
export async function refuseExport(
  db: Db,
  list: ExportList,
  userId: string,
  count: () => Promise<number>,
): Promise<Response | null> {
  const now = new Date();
  const rate = await hitRateLimit(db, exportRateLimitKey(list, userId), EXPORT_RATE_LIMIT, now);
  const [t, locale] = await Promise.all([getTranslations("lists.export"), getUiLocale()]);
  if (rate.limited) {
    const wait = Math.max(1, Math.ceil(((rate.resetAt?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
    return plain(429, t("rateLimited", { minutes: Math.ceil(wait / 60) }), { "Retry-After": String(wait) });
  }
  const total = await unlessTooBroad(count());
  if (total === null) return plain(422, (await getTranslations("globalSearch.errors"))("tooBroad"));
  if (total > EXPORT_ROW_CAP) {
    const n = (v: number) => formatNumber(v, locale);
    return plain(422, t("tooMany", { count: n(total), cap: n(EXPORT_ROW_CAP) }));
  }
  return null;
}

/** Rows one query of an export reads: a query with relations names every row's id, and SQLite takes at most 999 of them. */
export const EXPORT_BATCH = 500;

/**
 * Reads up to `limit` rows in batches of EXPORT_BATCH, each with `read(skip,
 * take)` in the list's order (which ends with the id, so batches neither
 * overlap nor skip a row).
 */
export async function readInBatches<T>(
  limit: number,
  read: (skip: number, take: number) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  while (rows.length < limit) {
    const take = Math.min(EXPORT_BATCH, limit - rows.length);
    const batch = await read(rows.length, take);
    rows.push(...batch);
    if (batch.length < take) break;
  }
  return rows;
}

/** A plain 404 for an export of something that is not there or not the caller's. */
export async function exportNotFound(): Promise<Response> {
  const t = await getTranslations("lists.export");
  return plain(404, t("notFound"));
}
