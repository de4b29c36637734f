// Demo matchmaking events: ~15 partners, the 2025 "cross-border e-commerce +
// industrial belt" events (completed, with check-ins), one cancelled, and a few
// upcoming ones. Deterministic (fixed seed); the 2025 events have fixed dates,
// the upcoming ones are placed relative to the day the database is seeded.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { rng } from "@/lib/seed/random";

const SEED = 20_250_601;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// [key, kind, nameZh, nameEn, platform code, markets, HS chapters]
const PARTNERS = [
  [
    "amazon",
    "PLATFORM",
    "亚马逊全球开店",
    "Amazon Global Selling",
    "amazon",
    "US,GB,DE,FR,IT,ES,JP,CA,AU,AE",
    "73,82,84,85,87,94,95",
  ],
  [
    "alibaba",
    "PLATFORM",
    "阿里巴巴国际站",
    "Alibaba.com",
    "alibaba-com",
    "US,DE,GB,AE,SA,BR,MX,NG,IN,VN",
    "73,82,83,84,85,87",
  ],
  ["aliexpress", "PLATFORM", "全球速卖通", "AliExpress", "aliexpress", "RU,ES,FR,BR,KR,PL,IL", "61,64,85,87,95"],
  [
    "tiktok",
    "PLATFORM",
    "TikTok Shop跨境电商",
    "TikTok Shop Cross-border",
    "tiktok-shop",
    "US,GB,ID,TH,MY,VN,PH,SA",
    "33,61,85,95",
  ],
  ["temu", "PLATFORM", "Temu全托管", "Temu (fully managed)", "temu", "US,GB,DE,FR,AU,CA", "39,82,85,94,95"],
  ["ozon", "PLATFORM", "Ozon跨境", "Ozon Global", "ozon", "RU,KZ,BY,UZ", "73,84,85,87"],
  ["shopee", "PLATFORM", "Shopee（虾皮）跨境", "Shopee Cross-border", "shopee", "SG,MY,TH,ID,VN,PH,BR", "33,61,85,95"],
  [
    "yuxinou",
    "LOGISTICS",
    "渝新欧（重庆）物流有限公司",
    "Yuxinou (Chongqing) Logistics Co., Ltd.",
    null,
    "DE,PL,NL,BE,RU,KZ",
    "84,85,87",
  ],
  [
    "ems",
    "LOGISTICS",
    "中国邮政速递物流重庆市分公司",
    "China Post EMS Chongqing Branch",
    null,
    "US,GB,DE,FR,JP,KR,RU,AU",
    "",
  ],
  ["cainiao", "LOGISTICS", "菜鸟国际物流", "Cainiao International Logistics", null, "ES,FR,RU,US,BR,PL", "61,85,95"],
  [
    "goodcang",
    "OVERSEAS_WAREHOUSE",
    "谷仓海外仓",
    "Goodcang Overseas Warehouses",
    null,
    "US,DE,GB,FR,CZ,JP,AU,CA",
    "84,85,87,94",
  ],
  ["winit", "OVERSEAS_WAREHOUSE", "万邑通海外仓", "WINIT Overseas Warehouses", null, "US,GB,DE,AU", "84,87"],
  ["lianlian", "PAYMENT", "连连国际跨境收款", "LianLian Global Payments", null, "US,GB,DE,JP,SG,AE", ""],
  ["pingpong", "PAYMENT", "PingPong跨境收款", "PingPong Cross-border Payments", null, "US,GB,DE,FR,JP,RU", ""],
  [
    "ccic",
    "COMPLIANCE",
    "中国检验认证集团重庆有限公司",
    "CCIC Chongqing Co., Ltd.",
    null,
    "DE,FR,US,RU",
    "73,84,85,87",
  ],
  [
    "sgs",
    "COMPLIANCE",
    "通标标准技术服务有限公司重庆分公司",
    "SGS-CSTC Chongqing Branch",
    null,
    "US,GB,DE,FR",
    "61,64,85,94,95",
  ],
] as const;

type EventSeed = {
  belt: string;
  titleZh: string;
  titleEn: string;
  venueZh: string;
  venueEn: string;
  capacity: number;
  partners: string[];
  status: "DRAFT" | "PUBLISHED" | "CANCELLED" | "COMPLETED";
  /** Fixed Beijing time [y, m, d, h, min], or days from the seeding day at an hour. */
  start: [number, number, number, number, number] | { days: number; hour: number };
  hours: number;
  fill: number;
  online?: string;
};

const desc = (zh: string, en: string) => ({
  descriptionZh: `${zh}现场设平台招商、物流与海外仓、跨境支付、合规认证四个对接区，企业可预约一对一洽谈。`,
  descriptionEn: `${en}: four matchmaking areas for platform onboarding, logistics and overseas warehouses, cross-border payment, and compliance. Companies can book one-to-one meetings.`,
});

const EVENTS: EventSeed[] = [
  {
    belt: "dazu-hardware",
    titleZh: "跨境电商+大足五金产业带对接会",
    titleEn: "Cross-border E-commerce + Dazu Hardware Belt Matchmaking",
    venueZh: "大足区龙水五金市场会展中心",
    venueEn: "Longshui Hardware Market Exhibition Centre, Dazu District",
    capacity: 80,
    partners: ["alibaba", "amazon", "temu", "goodcang", "lianlian", "ccic", "ems"],
    status: "COMPLETED",
    start: [2025, 3, 20, 9, 30],
    hours: 7,
    fill: 0.95,
  },
  {
    belt: "motorcycle-parts",
    titleZh: "跨境电商+摩托车及零部件产业带对接会",
    titleEn: "Cross-border E-commerce + Motorcycle Parts Belt Matchmaking",
    venueZh: "重庆国际博览中心S2馆会议室",
    venueEn: "Hall S2 meeting rooms, Chongqing International Expo Center",
    capacity: 60,
    partners: ["alibaba", "aliexpress", "ozon", "yuxinou", "winit", "pingpong", "ccic"],
    status: "COMPLETED",
    start: [2025, 6, 12, 9, 30],
    hours: 7,
    fill: 1.2,
  },
  {
    belt: "specialty-food",
    titleZh: "跨境电商+特色食品产业对接会",
    titleEn: "Cross-border E-commerce + Specialty Food Matchmaking",
    venueZh: "南彭公路保税物流中心（B型）会议中心",
    venueEn: "Conference centre, Nanpeng Road Bonded Logistics Center (Type B)",
    capacity: 50,
    partners: ["tiktok", "shopee", "cainiao", "sgs"],
    status: "CANCELLED",
    start: [2025, 7, 24, 14, 0],
    hours: 3,
    fill: 0.5,
  },
  {
    belt: "nev-parts",
    titleZh: "跨境电商+新能源汽车零部件产业带对接会",
    titleEn: "Cross-border E-commerce + NEV Parts Belt Matchmaking",
    venueZh: "两江新区礼嘉智慧公园会议中心",
    venueEn: "Lijia Smart Park Conference Centre, Liangjiang New Area",
    capacity: 100,
    partners: ["amazon", "alibaba", "ozon", "yuxinou", "goodcang", "winit", "lianlian", "sgs", "ccic"],
    status: "COMPLETED",
    start: [2025, 9, 18, 9, 0],
    hours: 8,
    fill: 0.9,
  },
  {
    belt: "electronics",
    titleZh: "跨境电商+电子信息产业带对接会（西永）",
    titleEn: "Cross-border E-commerce + Electronics Belt Matchmaking (Xiyong)",
    venueZh: "西永综合保税区服务中心报告厅",
    venueEn: "Auditorium, Xiyong Comprehensive Bonded Zone Service Centre",
    capacity: 120,
    partners: ["amazon", "aliexpress", "tiktok", "temu", "shopee", "cainiao", "goodcang", "pingpong", "sgs"],
    status: "COMPLETED",
    start: [2025, 11, 13, 9, 30],
    hours: 7,
    fill: 0.85,
  },
  {
    belt: "general",
    titleZh: "跨境电商平台新规解读与招商会",
    titleEn: "Platform Policy Briefing and Onboarding Day",
    venueZh: "重庆市商务委员会培训中心",
    venueEn: "Training centre, Chongqing Municipal Commerce Commission",
    capacity: 60,
    partners: ["amazon", "temu", "tiktok", "lianlian"],
    status: "COMPLETED",
    start: { days: -20, hour: 14 },
    hours: 3,
    fill: 0.8,
  },
  {
    belt: "dazu-hardware",
    titleZh: "大足五金出海：海外仓与B2B专场对接会",
    titleEn: "Dazu Hardware Goes Global: Overseas Warehouses and B2B",
    venueZh: "大足区龙水五金市场会展中心",
    venueEn: "Longshui Hardware Market Exhibition Centre, Dazu District",
    capacity: 60,
    partners: ["alibaba", "amazon", "goodcang", "winit", "ems", "ccic"],
    status: "PUBLISHED",
    start: { days: 12, hour: 14 },
    hours: 3.5,
    fill: 0.3,
    online: "https://meeting.example.com/cbec-dazu-hardware",
  },
  {
    belt: "nev-parts",
    titleZh: "新能源汽车零部件跨境电商专场对接会",
    titleEn: "NEV Parts Cross-border E-commerce Matchmaking",
    venueZh: "两江新区礼嘉智慧公园会议中心",
    venueEn: "Lijia Smart Park Conference Centre, Liangjiang New Area",
    capacity: 80,
    partners: ["amazon", "alibaba", "ozon", "yuxinou", "goodcang", "lianlian", "sgs"],
    status: "PUBLISHED",
    start: { days: 26, hour: 9 },
    hours: 7,
    fill: 0.45,
  },
  {
    belt: "motorcycle-parts",
    titleZh: "摩托车及零部件中亚、俄罗斯市场对接会",
    titleEn: "Motorcycle Parts: Central Asia and Russia Market Matchmaking",
    venueZh: "重庆国际物流枢纽园区会议中心",
    venueEn: "Conference centre, Chongqing International Logistics Hub Park",
    capacity: 50,
    partners: ["ozon", "aliexpress", "yuxinou", "pingpong", "ccic"],
    status: "PUBLISHED",
    start: { days: 40, hour: 9 },
    hours: 6,
    fill: 0.2,
  },
  {
    belt: "specialty-food",
    titleZh: "重庆特色食品跨境电商对接会",
    titleEn: "Chongqing Specialty Food Cross-border E-commerce Matchmaking",
    venueZh: "南彭公路保税物流中心（B型）会议中心",
    venueEn: "Conference centre, Nanpeng Road Bonded Logistics Center (Type B)",
    capacity: 40,
    partners: ["tiktok", "shopee", "cainiao", "sgs"],
    status: "DRAFT",
    start: { days: 55, hour: 14 },
    hours: 3,
    fill: 0,
  },
];

const ATTENDEES = [
  "王磊",
  "李静",
  "张敏",
  "刘洋",
  "陈晨",
  "杨帆",
  "黄丽",
  "赵刚",
  "周婷",
  "吴昊",
  "徐倩",
  "孙浩",
  "马骏",
  "胡蓉",
  "朱琳",
  "郭涛",
  "何欣",
  "罗杰",
  "冉雪",
  "谭亮",
];

type Refs = {
  staffId: string | null;
  demoMerchantId: string | null;
  merchantIds: string[];
  platformIds: Map<string, string>;
};

function startOf(seed: EventSeed, now: Date): Date {
  if (Array.isArray(seed.start)) {
    const [y, m, d, h, min] = seed.start;
    return new Date(Date.UTC(y, m - 1, d, h - 8, min));
  }
  const shanghaiMidnight = Math.floor((now.getTime() + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
  return new Date(shanghaiMidnight + seed.start.days * DAY + seed.start.hour * HOUR);
}

/** Every row of the demo events; pure and deterministic for a given seeding day. */
export function buildEventsData(refs: Refs, now: Date) {
  const r = rng(SEED);
  const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
  const newId = () => "c" + Array.from({ length: 24 }, () => ALNUM[r.int(0, 35)]).join("");
  const partnerIds = new Map<string, string>();
  const partners: Prisma.PartnerCreateManyInput[] = PARTNERS.map(
    ([key, kind, nameZh, nameEn, platform, markets, hsChapters]) => {
      const id = newId();
      partnerIds.set(key, id);
      return {
        id,
        kind,
        nameZh,
        nameEn,
        platformId: platform ? (refs.platformIds.get(platform) ?? null) : null,
        markets,
        hsChapters,
        createdAt: new Date(Date.UTC(2025, 0, 6, 1)),
      };
    },
  );
  const events: Prisma.EventCreateManyInput[] = [];
  const links: Prisma.EventPartnerCreateManyInput[] = [];
  const signups: Prisma.SignupCreateManyInput[] = [];
  const interests: Prisma.SignupInterestCreateManyInput[] = [];
  for (const seed of EVENTS) {
    const id = newId();
    const startsAt = startOf(seed, now);
    const deadline = new Date(startsAt.getTime() - 3 * DAY);
    // Signups opened a month ahead, and never later than a week before seeding.
    const opened = new Date(Math.min(startsAt.getTime() - 30 * DAY, now.getTime() - 7 * DAY));
    const signupHours = Math.floor((Math.min(deadline.getTime(), now.getTime()) - opened.getTime()) / HOUR);
    const slug = `${seed.belt}-${new Date(startsAt.getTime() + 8 * HOUR).toISOString().slice(0, 10)}`;
    const held = seed.status === "COMPLETED";
    // The demo merchant attended the Xiyong event, and no upcoming one.
    const pool = r.sample(
      refs.merchantIds.filter((m) => m !== refs.demoMerchantId),
      refs.merchantIds.length,
    );
    if (seed.belt === "electronics" && refs.demoMerchantId) pool.unshift(refs.demoMerchantId);
    let taken = 0;
    let requested = 0;
    let seq = 0;
    for (const merchantId of pool) {
      if (requested >= seed.capacity * seed.fill) break;
      const seats = r.pick([1, 1, 2, 2, 3]);
      const fits = taken + seats <= seed.capacity;
      // Only an event asked for beyond its capacity (fill > 1) has a waitlist.
      if (!fits && seed.fill <= 1) continue;
      const status = seed.status === "CANCELLED" ? "CANCELLED" : fits ? "CONFIRMED" : "WAITLISTED";
      requested += seats;
      if (fits) taken += seats;
      const signupId = newId();
      const checkedIn = held && status === "CONFIRMED" && (merchantId === refs.demoMerchantId || r.chance(0.82));
      signups.push({
        id: signupId,
        eventId: id,
        merchantId,
        seats,
        attendeeNames: JSON.stringify(r.sample(ATTENDEES, seats)),
        status,
        waitlistSeq: fits ? null : ++seq,
        createdAt: new Date(opened.getTime() + r.int(0, signupHours) * HOUR),
        checkedInAt: checkedIn ? new Date(startsAt.getTime() + r.int(-30, 60) * 60_000) : null,
        checkedInById: checkedIn ? refs.staffId : null,
      });
      for (const key of r.sample(seed.partners, r.int(0, 3)))
        interests.push({ signupId, partnerId: partnerIds.get(key)! });
    }
    const { titleZh, titleEn, venueZh, venueEn, capacity, belt, status } = seed;
    events.push({
      id,
      slug,
      titleZh,
      titleEn,
      venueZh,
      venueEn,
      capacity,
      belt,
      status,
      ...desc(titleZh, titleEn),
      onlineUrl: seed.online ?? "",
      startsAt,
      endsAt: new Date(startsAt.getTime() + seed.hours * HOUR),
      signupDeadline: deadline,
      seatsTaken: status === "CANCELLED" ? 0 : taken,
      createdById: refs.staffId,
      createdAt: new Date(opened.getTime() - 2 * DAY),
      updatedAt: new Date(opened.getTime() - 2 * DAY),
    });
    for (const key of seed.partners) links.push({ eventId: id, partnerId: partnerIds.get(key)! });
  }
  return { partners, events, links, signups, interests };
}

/** Writes the demo events in one transaction. Idempotent: seeds only an empty partner table. */
export async function seedEvents(db: Db, opts: { now?: Date } = {}): Promise<{ created: boolean }> {
  if (await db.partner.count()) return { created: false };
  const [staff, demo, merchants, platforms] = await Promise.all([
    db.user.findUnique({ where: { email: "staff@example.com" }, select: { id: true } }),
    db.membership.findFirst({ where: { user: { email: "merchant@example.com" } }, select: { merchantId: true } }),
    db.merchant.findMany({
      where: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
      orderBy: { id: "asc" },
      select: { id: true },
    }),
    db.platform.findMany({ select: { id: true, code: true } }),
  ]);
  if (!merchants.length) return { created: false };
  const data = buildEventsData(
    {
      staffId: staff?.id ?? null,
      demoMerchantId: demo?.merchantId ?? null,
      merchantIds: merchants.map((m) => m.id),
      platformIds: new Map(platforms.map((p) => [p.code, p.id])),
    },
    opts.now ?? new Date(),
  );
  await db.$transaction(
    async (tx) => {
      await tx.partner.createMany({ data: data.partners });
      await tx.event.createMany({ data: data.events });
      await tx.eventPartner.createMany({ data: data.links });
      await tx.signup.createMany({ data: data.signups });
      await tx.signupInterest.createMany({ data: data.interests });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created: true };
}
