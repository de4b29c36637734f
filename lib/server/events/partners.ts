import "server-only";
import { db } from "@/lib/server/db";
import { lookupId } from "@/lib/validation/text";

export const PARTNER_PAGE_SIZE = 50;

/** The managed partner list: active ones first, then by kind and name. */
export async function listPartners(page: number) {
  const total = await db.partner.count();
  const pages = Math.max(1, Math.ceil(total / PARTNER_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = await db.partner.findMany({
    orderBy: [{ active: "desc" }, { kind: "asc" }, { nameEn: "asc" }, { id: "asc" }],
    skip: (current - 1) * PARTNER_PAGE_SIZE,
    take: PARTNER_PAGE_SIZE,
    include: { platform: { select: { nameZh: true, nameEn: true } } },
  });
  return { items, total, page: current, pages };
}

export function getPartner(id: string) {
  return db.partner.findUnique({ where: { id: lookupId(id) } });
}

export function listPlatformOptions() {
  return db.platform.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
}
