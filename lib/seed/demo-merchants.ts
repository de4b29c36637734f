// The demo merchants: the two behind the demo accounts, then each park's
// generated companies up to its merchant count, their review states, and
// their rows with platforms and HS chapters.
import type { Prisma } from "@/lib/generated/sqlite/client";
import { PLATFORMS } from "@/lib/reference/platforms";
import { addWorkingTime, cst, dateBetween } from "./dates";
import {
  B2B_PLATFORMS,
  BRANDS,
  GIVEN_NAMES,
  INDUSTRIES,
  MOBILE_PREFIXES,
  PLATFORM_WEIGHT,
  SURNAMES,
  TRADE_INDUSTRIES,
} from "./demo-names";
import { PARKS, type ParkSeed } from "./demo-parks";
import { makeUscc } from "./demo-uscc";
import { weightedPick, weightedSample, type Rng } from "./random";

type Status = "PENDING" | "APPROVED" | "REJECTED" | "REVISION_REQUESTED";

type Draft = {
  parkCode: string;
  nameZh: string;
  nameEn: string;
  contactName: string;
  contactEmail: string;
  platforms: string[];
  chapters: string[];
  status?: Status;
  suspended?: boolean;
  submittedAt?: Date;
  reviewedAt?: Date | null;
};

/** The two merchants behind the demo accounts; they come first. */
function accountMerchants(): Draft[] {
  return [
    {
      parkCode: "XIYONG",
      nameZh: "重庆西永云联电子科技有限公司",
      nameEn: "Chongqing Xiyong Yunlian Electronics Technology Co., Ltd.",
      contactName: "张伟",
      contactEmail: "merchant@example.com",
      platforms: ["taobao", "tmall-global", "ebay", "amazon"],
      chapters: ["85", "84"],
      status: "APPROVED",
      submittedAt: cst(2023, 3, 15, 10, 20),
      reviewedAt: cst(2023, 3, 20, 15, 5),
    },
    {
      parkCode: "XIYONG",
      nameZh: "重庆星途跨境电子商务有限公司",
      nameEn: "Chongqing Xingtu Cross-border E-commerce Co., Ltd.",
      contactName: "李娜",
      contactEmail: "pending@example.com",
      platforms: ["temu", "tiktok-shop"],
      chapters: ["61", "95"],
      status: "PENDING",
      submittedAt: cst(2025, 6, 20, 10, 30),
      reviewedAt: null,
    },
  ];
}

/** A company name not used yet: a brand and the main chapter's industry (or a trading one). */
function uniqueName(r: Rng, main: string, usedNames: Set<string>) {
  for (;;) {
    const [brandZh, brandEn] = r.pick(BRANDS);
    const [indZh, indEn, indSlug] = r.chance(0.2) ? r.pick(TRADE_INDUSTRIES) : r.pick(INDUSTRIES[main]);
    const nameZh = `重庆${brandZh}${indZh}有限公司`;
    if (usedNames.has(nameZh)) continue;
    usedNames.add(nameZh);
    return { nameZh, nameEn: `Chongqing ${brandEn} ${indEn} Co., Ltd.`, slug: `${brandEn.toLowerCase()}-${indSlug}` };
  }
}

/**
 * One to four platforms, B2B ones weighing more in Dazu. Xiyong's k-th
 * merchant takes the k-th platform first, so that together they sell on all 32.
 */
function pickPlatforms(r: Rng, park: ParkSeed, k: number, platformCodes: readonly string[]): string[] {
  const count = weightedPick(r, [1, 2, 3, 4], (n) => [3, 4, 2.5, 1][n - 1]);
  const b2b = park.marketProcurementPilot || park.code.startsWith("DAZU");
  const weight = (code: string) => (PLATFORM_WEIGHT[code] ?? 1) * (b2b && B2B_PLATFORMS.has(code) ? 4 : 1);
  if (park.code !== "XIYONG") return weightedSample(r, platformCodes, count, weight);
  const first = platformCodes[k % platformCodes.length];
  return [
    first,
    ...weightedSample(
      r,
      platformCodes.filter((c) => c !== first),
      count - 1,
      weight,
    ),
  ];
}

/** Adds each park's generated merchants to drafts, up to the park's merchant count. */
function draftParkMerchants(r: Rng, drafts: Draft[]) {
  const usedNames = new Set(drafts.map((d) => d.nameZh));
  const platformCodes = PLATFORMS.map((p) => p.code);
  for (const park of PARKS) {
    const chapterList = Object.keys(park.chapters);
    const already = drafts.filter((d) => d.parkCode === park.code).length;
    for (let k = already; k < park.merchantCount; k++) {
      const main = weightedPick(r, chapterList, (c) => park.chapters[c]);
      const extra = r.sample(
        chapterList.filter((c) => c !== main),
        weightedPick(r, [0, 1, 2], (n) => [5, 4, 1][n]),
      );
      const { nameZh, nameEn, slug } = uniqueName(r, main, usedNames);
      const platforms = pickPlatforms(r, park, k - already, platformCodes);
      drafts.push({
        parkCode: park.code,
        nameZh,
        nameEn,
        contactName: r.pick(SURNAMES) + r.pick(GIVEN_NAMES),
        contactEmail: `${slug}@example.com`,
        platforms,
        chapters: [main, ...extra],
      });
    }
  }
}

/** Review states: most approved, a handful pending, a few rejected or sent back, two approved but suspended. */
function assignReviewStates(r: Rng, drafts: Draft[]) {
  const open = drafts.map((d, i) => i).filter((i) => drafts[i].status === undefined);
  const picked = r.sample(open, 13);
  for (const i of picked.slice(0, 7)) drafts[i].status = "PENDING";
  for (const i of picked.slice(7, 9)) drafts[i].status = "REJECTED";
  for (const i of picked.slice(9, 11)) drafts[i].status = "REVISION_REQUESTED";
  for (const i of picked.slice(11, 13)) {
    drafts[i].status = "APPROVED";
    drafts[i].suspended = true;
  }
}

/** When a merchant applied and was reviewed, as its review state suggests. */
function reviewDates(r: Rng, status: Status): { submittedAt: Date; reviewedAt: Date | null } {
  if (status === "PENDING") return { submittedAt: dateBetween(r, cst(2025, 5, 6), cst(2025, 6, 27)), reviewedAt: null };
  if (status === "REVISION_REQUESTED") {
    const submittedAt = dateBetween(r, cst(2025, 3, 3), cst(2025, 5, 30));
    return { submittedAt, reviewedAt: addWorkingTime(r, submittedAt, 1, 6) };
  }
  const submittedAt = dateBetween(r, cst(2023, 1, 9), cst(2025, 3, 28));
  return { submittedAt, reviewedAt: addWorkingTime(r, submittedAt, 1, 12) };
}

/** Every demo merchant's row, platforms and HS chapters; the account merchants come first. */
export function buildMerchants(
  r: Rng,
  newId: () => string,
  refs: { parkIds: ReadonlyMap<string, string>; platformIds: ReadonlyMap<string, string> },
) {
  const drafts = accountMerchants();
  draftParkMerchants(r, drafts);
  assignReviewStates(r, drafts);

  const merchants: Prisma.MerchantCreateManyInput[] = [];
  const merchantPlatforms: Prisma.MerchantPlatformCreateManyInput[] = [];
  const merchantCategories: Prisma.MerchantCategoryCreateManyInput[] = [];
  const usedUscc = new Set<string>();
  const uniqueUscc = (division: string) => {
    for (;;) {
      const code = makeUscc(r, division);
      if (!usedUscc.has(code)) {
        usedUscc.add(code);
        return code;
      }
    }
  };
  for (const d of drafts) {
    const status: Status = d.status ?? "APPROVED";
    const { submittedAt, reviewedAt } = d.submittedAt
      ? { submittedAt: d.submittedAt, reviewedAt: d.reviewedAt ?? null }
      : reviewDates(r, status);
    const park = PARKS.find((p) => p.code === d.parkCode)!;
    const id = newId();
    merchants.push({
      id,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      uscc: uniqueUscc(park.division),
      parkId: refs.parkIds.get(d.parkCode)!,
      verificationStatus: status,
      accountState: d.suspended ? "SUSPENDED" : "ACTIVE",
      contactName: d.contactName,
      contactPhone: `+86${r.pick(MOBILE_PREFIXES)}${String(r.int(0, 99_999_999)).padStart(8, "0")}`,
      contactEmail: d.contactEmail,
      submittedAt,
      reviewedAt,
      createdAt: submittedAt,
      updatedAt: d.suspended ? addWorkingTime(r, reviewedAt!, 90, 300) : (reviewedAt ?? submittedAt),
    });
    for (const code of d.platforms) merchantPlatforms.push({ merchantId: id, platformId: refs.platformIds.get(code)! });
    for (const hsChapter of d.chapters) merchantCategories.push({ merchantId: id, hsChapter });
  }
  return { merchants, merchantPlatforms, merchantCategories };
}
