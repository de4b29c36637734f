import "server-only";
import { db } from "@/lib/server/db";
import type { DeclarationFilters } from "@/lib/validation/declaration";
import { yearDays } from "@/lib/time/days";
import { paginate } from "@/lib/paging";

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
  const paging = paginate(filters.page, DECLARATIONS_PAGE_SIZE, await db.declaration.count({ where }));
  const items = await db.declaration.findMany({
    where,
    orderBy: [{ declaredOn: "desc" }, { createdAt: "desc" }],
    skip: paging.skip,
    take: paging.take,
  });
  const platformIds = [...new Set(items.map((d) => d.platformId).filter((id): id is string => !!id))];
  const platforms = await db.platform.findMany({
    where: { id: { in: platformIds } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const platformById = new Map(platforms.map((p) => [p.id, p]));
  return {
    ...paging,
    items: items.map((d) => ({ ...d, platform: d.platformId ? (platformById.get(d.platformId) ?? null) : null })),
  };
}

/** One of the merchant's own declarations (for the notice after recording it); another merchant's is null. */
export function findOwnDeclaration(merchantId: string, id: string) {
  return db.declaration.findFirst({ where: { id, merchantId }, select: { id: true, valueFen: true, reference: true } });
}
