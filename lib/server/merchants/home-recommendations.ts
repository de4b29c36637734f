import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";

/** Why an event suits a merchant: what its partners share with the merchant's markets, platforms and HS chapters. */
export type EventMatch = {
  markets: string[];
  platforms: { id: string; nameZh: string; nameEn: string }[];
  hsChapters: string[];
};

export type RecommendedEvent = {
  id: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  startsAt: Date;
  signupDeadline: Date;
  match: EventMatch;
};

const CANDIDATES = 30;
const list = (csv: string) =>
  csv
    .split(",")
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

/**
 * Published events still open for signup that the merchant has not signed up
 * for, whose partners serve one of its target markets (the markets of its
 * active SKUs), run one of its platforms, or handle one of its HS chapters
 * (its profile's and its active SKUs'). Best match first, then soonest;
 * events with no match at all are left out.
 */
export async function recommendEvents(
  db: DbOrTx,
  merchantId: string,
  now: Date,
  take = 3,
): Promise<RecommendedEvent[]> {
  const [markets, platforms, categories, skuChapters, events] = await Promise.all([
    db.skuMarket.findMany({
      where: { sku: { merchantId, status: "ACTIVE" } },
      distinct: ["country"],
      select: { country: true },
      take: 300,
    }),
    db.merchantPlatform.findMany({ where: { merchantId }, select: { platformId: true }, take: 100 }),
    db.merchantCategory.findMany({ where: { merchantId }, select: { hsChapter: true }, take: 100 }),
    db.sku.findMany({
      where: { merchantId, status: "ACTIVE" },
      distinct: ["hsChapter"],
      select: { hsChapter: true },
      take: 100,
    }),
    db.event.findMany({
      where: {
        status: "PUBLISHED",
        startsAt: { gt: now },
        signupDeadline: { gt: now },
        signups: { none: { merchantId, status: { in: ["CONFIRMED", "WAITLISTED"] } } },
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: CANDIDATES,
      select: {
        id: true,
        slug: true,
        titleZh: true,
        titleEn: true,
        startsAt: true,
        signupDeadline: true,
        partners: {
          take: 50,
          select: {
            partner: {
              select: {
                markets: true,
                hsChapters: true,
                platform: { select: { id: true, nameZh: true, nameEn: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const myMarkets = new Set(markets.map((m) => m.country));
  const myPlatforms = new Set(platforms.map((p) => p.platformId));
  const myChapters = new Set([...categories.map((c) => c.hsChapter), ...skuChapters.map((s) => s.hsChapter)]);

  const scored = events.map(({ partners, ...event }) => {
    const match: EventMatch = { markets: [], platforms: [], hsChapters: [] };
    for (const { partner } of partners) {
      for (const m of list(partner.markets)) if (myMarkets.has(m) && !match.markets.includes(m)) match.markets.push(m);
      for (const c of list(partner.hsChapters)) {
        if (myChapters.has(c) && !match.hsChapters.includes(c)) match.hsChapters.push(c);
      }
      const p = partner.platform;
      if (p && myPlatforms.has(p.id) && !match.platforms.some((x) => x.id === p.id)) match.platforms.push(p);
    }
    match.markets.sort();
    match.hsChapters.sort();
    const score = match.markets.length + match.platforms.length * 2 + match.hsChapters.length;
    return { event: { ...event, match }, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.event.startsAt.getTime() - b.event.startsAt.getTime())
    .slice(0, take)
    .map((s) => s.event);
}
