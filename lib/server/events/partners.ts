import "server-only";
import { db } from "@/lib/server/db";
import { paginate, type PageRequest } from "@/lib/paging";
import { lookupId } from "@/lib/validation/text";

export const PARTNER_PAGE_SIZE = 50;

/** The managed partner list: active ones first, then by kind and name. */
export async function listPartners(page: PageRequest) {
  const paging = paginate(page, PARTNER_PAGE_SIZE, await db.partner.count());
  const items = await db.partner.findMany({
    orderBy: [{ active: "desc" }, { kind: "asc" }, { nameEn: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    include: { platform: { select: { nameZh: true, nameEn: true } } },
  });
  return { items, ...paging };
}

export function getPartner(id: string) {
  return db.partner.findUnique({ where: { id: lookupId(id) } });
}

export function listPlatformOptions() {
  return db.platform.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}
