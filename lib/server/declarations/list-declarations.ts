import "server-only";
import { db } from "@/lib/server/db";
import type { DeclarationFilters } from "@/lib/validation/declaration";
import { yearDays } from "@/lib/time/days";

export const DECLARATIONS_PAGE_SIZE = 25;

/** The merchant's own declarations, newest first; the merchant comes from the session. */
export async function listDeclarations(merchantId: string, filters: DeclarationFilters) {
  const where = {
    merchantId,
    ...(filters.year ? { declaredOn: yearDays(filters.year) } : {}),
    ...(filters.mode ? { customsMode: filters.mode } : {}),
    ...(filters.direction ? { direction: filters.direction } : {}),
    ...(filters.country ? { country: filters.country } : {}),
  };
  const total = await db.declaration.count({ where });
  const pages = Math.max(1, Math.ceil(total / DECLARATIONS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const items = await db.declaration.findMany({
    where,
    orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }],
    skip: (page - 1) * DECLARATIONS_PAGE_SIZE,
    take: DECLARATIONS_PAGE_SIZE,
  });
  const platformIds = [...new Set(items.map((d) => d.platformId).filter((id): id is string => !!id))];
  const platforms = await db.platform.findMany({
    where: { id: { in: platformIds } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const platformById = new Map(platforms.map((p) => [p.id, p]));
  return {
    total,
    page,
    pages,
    items: items.map((d) => ({ ...d, platform: d.platformId ? (platformById.get(d.platformId) ?? null) : null })),
  };
}

/** One of the merchant's own declarations (for the notice after recording it); another merchant's is null. */
export function findOwnDeclaration(merchantId: string, id: string) {
  return db.declaration.findFirst({ where: { id, merchantId }, select: { id: true, valueFen: true, reference: true } });
}
