import "server-only";
import { db } from "@/lib/server/db";

export type PartnerForMatch = { id: string; platformId: string | null; markets: string; hsChapters: string };
export type MatchProfile = { platformIds: string[]; markets: string[]; hsChapters: string[] };
export type PartnerMatch = { partnerId: string; platform: boolean; markets: string[]; hsChapters: string[] };

const codes = (list: string) =>
  list
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * Which attending partners suit a merchant, and why: the partner is one of the
 * merchant's platforms, serves a market its SKUs target, or handles one of
 * its main HS chapters. Partners that match nothing are left out.
 */
export function matchPartners(partners: PartnerForMatch[], profile: MatchProfile): PartnerMatch[] {
  const platforms = new Set(profile.platformIds);
  const markets = new Set(profile.markets);
  const chapters = new Set(profile.hsChapters);
  return partners
    .map((p) => ({
      partnerId: p.id,
      platform: p.platformId !== null && platforms.has(p.platformId),
      markets: codes(p.markets).filter((c) => markets.has(c)),
      hsChapters: codes(p.hsChapters).filter((c) => chapters.has(c)),
    }))
    .filter((m) => m.platform || m.markets.length > 0 || m.hsChapters.length > 0);
}

/** A merchant's platforms, the markets its active SKUs target, and its main categories. */
export async function loadMatchProfile(merchantId: string): Promise<MatchProfile> {
  const [platforms, categories, markets] = await Promise.all([
    db.merchantPlatform.findMany({ where: { merchantId }, select: { platformId: true } }),
    db.merchantCategory.findMany({ where: { merchantId }, select: { hsChapter: true } }),
    db.skuMarket.findMany({
      where: { sku: { merchantId, status: "ACTIVE" } },
      select: { country: true },
      distinct: ["country"],
    }),
  ]);
  return {
    platformIds: platforms.map((p) => p.platformId),
    hsChapters: categories.map((c) => c.hsChapter),
    markets: markets.map((m) => m.country),
  };
}
