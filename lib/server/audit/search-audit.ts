import "server-only";
import { z } from "zod";
import { urlDay } from "@/lib/validation/url-day";
import type { Db } from "@/lib/db/create-client";
import { providerOf } from "@/lib/db/provider";
import { textWhere, tooBroadPage, unlessTooBroad } from "@/lib/server/search/contains-text";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { defineList, listOrderBy, countedPage, parseListQuery, type ListQuery, type SortDir } from "@/lib/paging";
import { parkScope, type ScopeUser } from "@/lib/server/auth/park-scope";
import { readInBatches } from "@/lib/server/exports/list-export";
import { shanghaiDays } from "@/lib/time/shanghai";
import { plainText } from "@/lib/validation/text";
import { AUDIT_ACTIONS, STAFF_ONLY_ACTIONS } from "./audit-actions";

/** Companies a merchant search may match; a broader term is narrowed by the user. */
const MERCHANT_MATCHES = 1_000;

/** The audit search's filters as they come from the URL; anything odd is no filter. */
export const AuditFilters = z.object({
  /** Part of the actor's email or name. */
  actor: plainText(100).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  /** Part of the company's Chinese or English name, or of its USCC. */
  merchant: plainText(100).optional().catch(undefined),
  /** Days in Asia/Shanghai, both included. */
  from: urlDay,
  to: urlDay,
});
export type AuditFilters = z.infer<typeof AuditFilters>;

/** The log's sortable columns; newest first unless the URL says otherwise. */
export const AUDIT_LIST = defineList({
  columns: { time: "desc", actor: "asc", action: "asc" },
  sort: "time",
  dir: "desc",
});
export type AuditQuery = ListQuery<keyof typeof AUDIT_LIST.columns>;

const AUDIT_ORDERS: Record<AuditQuery["sort"], (d: SortDir) => Prisma.AuditLogOrderByWithRelationInput[]> = {
  time: (d) => [{ createdAt: d }],
  actor: (d) => [{ actor: { email: d } }, { createdAt: "desc" }],
  action: (d) => [{ action: d }, { createdAt: "desc" }],
};

/**
 * The where clause of a search, within the viewer's scope: staff see every
 * entry, a park operator only its park's, and never a staff-only action. The
 * scope is spread last, so no filter can widen it.
 */
async function auditWhere(db: Db, viewer: ScopeUser, filters: AuditFilters) {
  const operator = viewer.role === "PARK_OPERATOR";
  const provider = providerOf(db);
  let merchantIds: string[] | undefined;
  if (filters.merchant) {
    // % and _ in the terms are themselves on either database (textWhere).
    const matches = await db.merchant.findMany({
      where: {
        AND: [await textWhere(db, provider, "Merchant", ["nameZh", "nameEn", "uscc"], filters.merchant)],
        ...parkScope(viewer),
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: MERCHANT_MATCHES,
    });
    merchantIds = matches.map((m) => m.id);
  }
  const actor = filters.actor;
  const actorWhere = actor
    ? {
        OR: await Promise.all([
          textWhere(db, provider, "User", ["email"], actor.toLowerCase()),
          textWhere(db, provider, "User", ["name"], actor),
        ]),
      }
    : null;
  return {
    ...(actorWhere ? { actor: actorWhere } : {}),
    ...(merchantIds ? { merchantId: { in: merchantIds } } : {}),
    ...(filters.from || filters.to ? { createdAt: shanghaiDays(filters.from, filters.to) } : {}),
    action: operator
      ? { ...(filters.action ? { equals: filters.action } : {}), notIn: [...STAFF_ONLY_ACTIONS] }
      : filters.action
        ? { equals: filters.action }
        : undefined,
    ...parkScope(viewer),
  };
}

const entrySelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  reason: true,
  details: true,
  merchantId: true,
  actor: { select: { name: true, email: true, role: true } },
} as const;

/** The entries with their company (name and USCC) and their details parsed. */
async function withMerchants<T extends { merchantId: string | null; details: string }>(db: Db, rows: T[]) {
  const ids = [...new Set(rows.map((r) => r.merchantId).filter((id): id is string => id !== null))];
  const merchants = ids.length
    ? await db.merchant.findMany({
        where: { id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true, uscc: true },
      })
    : [];
  const byId = new Map(merchants.map((m) => [m.id, m]));
  return rows.map(({ details, ...row }) => ({
    ...row,
    details: parseDetails(details),
    merchant: row.merchantId ? (byId.get(row.merchantId) ?? null) : null,
  }));
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** One page of the audit log in the order asked for (newest first by default), within the viewer's scope. */
export async function searchAudit(
  db: Db,
  viewer: ScopeUser,
  filters: AuditFilters,
  query: AuditQuery = parseListQuery(AUDIT_LIST, {}),
) {
  const where = await unlessTooBroad(auditWhere(db, viewer, filters));
  if (!where) return tooBroadPage(query.size);
  const { paging, rows } = await countedPage(
    query.page,
    query.size,
    () => db.auditLog.count({ where }),
    ({ skip, take }) =>
      db.auditLog.findMany({
        where,
        orderBy: listOrderBy(AUDIT_ORDERS, query),
        skip,
        take,
        select: entrySelect,
      }),
  );
  return { items: await withMerchants(db, rows), ...paging, tooBroad: false };
}

/** One entry as the page and the CSV show it. */
export type AuditRow = Awaited<ReturnType<typeof searchAudit>>["items"][number];

/** How many entries an export of the search would hold, within the viewer's scope. */
export async function countAudit(db: Db, viewer: ScopeUser, filters: AuditFilters) {
  return db.auditLog.count({ where: await auditWhere(db, viewer, filters) });
}

/** Every entry the search matches, in the list's order, for the CSV export (at most `take`). */
export async function exportAudit(
  db: Db,
  viewer: ScopeUser,
  filters: AuditFilters,
  query: AuditQuery = parseListQuery(AUDIT_LIST, {}),
  limit = Number.MAX_SAFE_INTEGER,
) {
  const where = await auditWhere(db, viewer, filters);
  const orderBy = listOrderBy(AUDIT_ORDERS, query);
  const rows = await readInBatches(limit, (skip, take) =>
    db.auditLog.findMany({ where, orderBy, skip, take, select: entrySelect }),
  );
  return withMerchants(db, rows);
}
