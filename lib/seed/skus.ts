// Demo SKUs: the goods Xiyong's merchants (and a few in other parks) keep in
// their park's warehouses, their stock and target markets. Deterministic (fixed
// seed, fixed dates) and idempotent: nothing is written when any SKU exists.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { rng, type Rng } from "@/lib/seed/random";
import { insertRows } from "@/lib/db/insert-rows";

const SEED = 20_250_404;
const DEMO_OWNER = "merchant@example.com";

// zh, en, 10-digit China commodity code, weight range (g), price range (CNY)
type Good = readonly [
  zh: string,
  en: string,
  hs: string,
  grams: readonly [number, number],
  yuan: readonly [number, number],
];

const GOODS: Readonly<Record<string, readonly Good[]>> = {
  "85": [
    ["蓝牙无线耳机", "Bluetooth Wireless Earbuds", "8518300000", [40, 80], [59, 399]],
    ["智能手机", "Smartphone", "8517130000", [170, 230], [899, 3999]],
    ["智能手表", "Smartwatch", "8517620000", [40, 70], [199, 1299]],
    ["移动电源", "Power Bank", "8507600090", [180, 450], [69, 299]],
    ["氮化镓快充充电器", "GaN Fast Charger", "8504401900", [60, 180], [59, 259]],
    ["蓝牙音箱", "Bluetooth Speaker", "8518220000", [300, 900], [99, 599]],
    ["行车记录仪", "Dash Camera", "8525891900", [80, 200], [159, 699]],
    ["USB-C数据线", "USB-C Cable", "8544422900", [30, 80], [19, 79]],
    ["液晶显示模组", "LCD Display Module", "8524110000", [150, 600], [120, 900]],
    ["电动牙刷", "Electric Toothbrush", "8509800000", [120, 200], [89, 399]],
    ["高速电吹风", "High-speed Hair Dryer", "8516310000", [400, 700], [99, 499]],
    ["电热水壶", "Electric Kettle", "8516719000", [800, 1300], [79, 259]],
    ["便携榨汁机", "Portable Blender", "8509400090", [400, 900], [69, 299]],
    ["新能源汽车动力电池模组", "NEV Battery Module", "8507600010", [12000, 30000], [3000, 12000]],
    ["车载充电机", "On-board Charger", "8504409999", [5000, 9000], [1800, 4800]],
    ["电动汽车交流充电桩", "EV AC Charging Wallbox", "8504403090", [4000, 9000], [1500, 5000]],
  ],
  "84": [
    ["轻薄笔记本电脑", "Thin-and-light Laptop", "8471300000", [1200, 2300], [2999, 8999]],
    ["固态硬盘", "Solid-state Drive", "8523511000", [30, 80], [199, 1299]],
    ["机械键盘", "Mechanical Keyboard", "8471607100", [600, 1200], [199, 899]],
    ["无线鼠标", "Wireless Mouse", "8471607200", [60, 120], [49, 299]],
    ["显卡", "Graphics Card", "8473309000", [500, 1500], [1999, 7999]],
    ["电脑主板", "Motherboard", "8473301000", [500, 1200], [699, 2999]],
    ["3D打印机", "3D Printer", "8485200000", [6000, 12000], [1499, 5999]],
    ["CPU散热风扇", "CPU Cooling Fan", "8414591000", [100, 300], [29, 159]],
    ["家用空气净化器", "Home Air Purifier", "8421392100", [4000, 8000], [599, 1999]],
  ],
  "87": [
    ["陶瓷刹车片", "Ceramic Brake Pads", "8708301000", [800, 1500], [89, 299]],
    ["汽车减震器", "Shock Absorber", "8708801000", [1500, 3500], [199, 699]],
    ["铝合金轮毂", "Alloy Wheel", "8708703000", [8000, 12000], [499, 1499]],
    ["电动汽车减速器", "EV Reduction Gearbox", "8708409100", [18000, 30000], [2500, 8000]],
    ["汽车转向节", "Steering Knuckle", "8708940000", [3000, 6000], [199, 599]],
    ["摩托车链条套件", "Motorcycle Chain Kit", "8714109000", [1000, 2500], [99, 399]],
  ],
  "90": [
    ["红外测温仪", "Infrared Thermometer", "9025199090", [100, 250], [49, 299]],
    ["数码显微镜", "Digital Microscope", "9011800000", [300, 900], [199, 999]],
    ["激光测距仪", "Laser Distance Meter", "9015100000", [100, 300], [129, 699]],
    ["电子血压计", "Blood Pressure Monitor", "9018902000", [250, 500], [99, 399]],
  ],
  "61": [
    ["纯棉针织T恤", "Cotton Knit T-shirt", "6109100090", [150, 250], [39, 129]],
    ["运动卫衣", "Sports Hoodie", "6110200090", [400, 700], [99, 299]],
    ["瑜伽裤", "Yoga Leggings", "6104630000", [180, 300], [59, 199]],
  ],
  "62": [
    ["男士商务衬衫", "Men's Business Shirt", "6205200099", [200, 350], [79, 299]],
    ["防水冲锋衣", "Waterproof Hiking Jacket", "6201400000", [600, 1000], [299, 999]],
    ["直筒牛仔裤", "Straight-leg Jeans", "6203429000", [500, 800], [129, 399]],
  ],
  "95": [
    ["积木玩具套装", "Building Block Set", "9503008900", [300, 1500], [59, 399]],
    ["遥控越野车", "Remote Control Off-road Car", "9503001000", [500, 1200], [129, 499]],
    ["瑜伽垫", "Yoga Mat", "9506919000", [800, 1500], [49, 199]],
  ],
  "33": [
    ["保湿面霜", "Moisturizing Face Cream", "3304990099", [60, 120], [59, 299]],
    ["哑光口红", "Matte Lipstick", "3304100090", [20, 40], [39, 199]],
    ["香水", "Eau de Parfum", "3303000000", [150, 300], [99, 599]],
  ],
  "94": [
    ["LED吸顶灯", "LED Ceiling Light", "9405110000", [1000, 2500], [99, 499]],
    ["人体工学办公椅", "Ergonomic Office Chair", "9401300000", [12000, 18000], [499, 1999]],
    ["太阳能庭院灯", "Solar Garden Light", "9405420000", [300, 900], [39, 199]],
  ],
  "82": [
    ["铬钒钢扳手套装", "Chrome Vanadium Wrench Set", "8204110000", [800, 2500], [59, 299]],
    ["不锈钢厨刀", "Stainless Steel Kitchen Knife", "8211910000", [150, 300], [49, 299]],
    ["钻头套装", "Drill Bit Set", "8207501000", [200, 800], [39, 199]],
  ],
  "83": [
    ["指纹挂锁", "Fingerprint Padlock", "8301100000", [150, 300], [59, 199]],
    ["智能门锁", "Smart Door Lock", "8301400000", [2500, 4000], [599, 1999]],
    ["不锈钢合页", "Stainless Steel Hinge", "8302100000", [100, 300], [9, 49]],
  ],
  "73": [
    ["不锈钢炒锅", "Stainless Steel Wok", "7323930000", [1200, 2500], [99, 399]],
    ["高强度螺栓", "High-strength Bolts", "7318151090", [500, 5000], [19, 199]],
  ],
  "72": [["不锈钢冷轧板", "Cold-rolled Stainless Steel Sheet", "7219340000", [5000, 20000], [200, 900]]],
  "39": [["食品保鲜盒套装", "Food Storage Container Set", "3924100000", [300, 900], [29, 129]]],
  "42": [["双肩电脑背包", "Laptop Backpack", "4202921000", [600, 1200], [99, 399]]],
  "64": [["透气跑步鞋", "Breathable Running Shoes", "6404110000", [600, 1000], [149, 599]]],
  "63": [["纯棉床品四件套", "Cotton Bedding Set", "6302310000", [1500, 3000], [199, 699]]],
  "21": [["重庆火锅底料", "Chongqing Hotpot Seasoning", "2103909000", [150, 500], [15, 59]]],
  "09": [["永川秀芽绿茶", "Yongchuan Xiuya Green Tea", "0902109000", [100, 500], [39, 399]]],
};

const COLOURS: readonly (readonly [string, string, string])[] = [
  ["黑色", "Black", "BK"],
  ["白色", "White", "WH"],
  ["灰色", "Grey", "GY"],
  ["蓝色", "Blue", "BL"],
  ["红色", "Red", "RD"],
  ["银色", "Silver", "SV"],
  ["绿色", "Green", "GN"],
];

// Where goods from Chongqing go: weights for how often a market is targeted.
const MARKET_WEIGHTS: Readonly<Record<string, number>> = {
  US: 30,
  GB: 15,
  DE: 15,
  JP: 12,
  KR: 10,
  FR: 10,
  RU: 10,
  SG: 8,
  AU: 8,
  CA: 8,
  MY: 7,
  TH: 7,
  VN: 7,
  ID: 7,
  IT: 7,
  ES: 7,
  NL: 6,
  PH: 6,
  MX: 6,
  BR: 6,
  AE: 6,
  SA: 5,
  PL: 5,
  KZ: 5,
  TR: 4,
  IN: 4,
  BE: 4,
  SE: 4,
  CH: 3,
  AT: 3,
  CZ: 3,
  HU: 3,
  PT: 3,
  IE: 3,
  DK: 3,
  NO: 3,
  FI: 3,
  NZ: 3,
  IL: 3,
  CL: 3,
  AR: 2,
  CO: 2,
  PE: 2,
  EG: 2,
  NG: 2,
  ZA: 2,
  KE: 2,
  PK: 2,
  BD: 2,
  LK: 2,
  MM: 2,
  KH: 2,
  LA: 2,
  MN: 2,
  UZ: 2,
  KG: 2,
  TJ: 2,
  BY: 2,
  UA: 2,
  RO: 2,
  GR: 2,
  HR: 2,
  RS: 2,
  BG: 2,
  SK: 2,
  SI: 2,
  LT: 2,
  LV: 2,
  EE: 2,
  QA: 2,
  KW: 2,
  OM: 2,
  BH: 2,
  JO: 2,
  MA: 2,
  DZ: 2,
  TN: 2,
  HK: 3,
  MO: 2,
  NP: 1,
  AF: 1,
  AZ: 1,
  GE: 1,
  AM: 1,
  TM: 1,
  IQ: 1,
  LB: 1,
  CY: 1,
  MT: 1,
  LU: 1,
  IS: 1,
  AL: 1,
  MK: 1,
  BA: 1,
  ME: 1,
  MD: 1,
  GH: 1,
  CI: 1,
  SN: 1,
  CM: 1,
  ET: 1,
  TZ: 1,
  UG: 1,
  RW: 1,
  AO: 1,
  MZ: 1,
  ZM: 1,
  ZW: 1,
  BW: 1,
  NA: 1,
  MG: 1,
  MU: 1,
  EC: 1,
  UY: 1,
  PY: 1,
  BO: 1,
  VE: 1,
  CR: 1,
  PA: 1,
  GT: 1,
  DO: 1,
  JM: 1,
  TT: 1,
  PR: 1,
  FJ: 1,
  PG: 1,
  BN: 1,
  MV: 1,
};
const MARKETS = Object.keys(MARKET_WEIGHTS);

function weighted<T>(r: Rng, items: readonly T[], weight: (t: T) => number): T {
  let x = r.next() * items.reduce((s, t) => s + weight(t), 0);
  for (const t of items) if ((x -= weight(t)) < 0) return t;
  return items[items.length - 1];
}

function pickMarkets(r: Rng): string[] {
  const n = weighted(r, [1, 2, 3, 4, 5, 6, 8], (k) => ({ 1: 3, 2: 5, 3: 6, 4: 5, 5: 3, 6: 2, 8: 1 })[k]!);
  const out = new Set<string>();
  while (out.size < n) out.add(weighted(r, MARKETS, (c) => MARKET_WEIGHTS[c]));
  return [...out].sort();
}

type Merchant = { id: string; parkId: string; chapters: string[]; platformIds: string[] };
type Rows = {
  skus: Prisma.SkuCreateManyInput[];
  markets: Prisma.SkuMarketCreateManyInput[];
  platforms: Prisma.SkuPlatformCreateManyInput[];
  stocks: Prisma.SkuStockCreateManyInput[];
  changes: Prisma.StockChangeCreateManyInput[];
};

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 2, 1, 0); // 2 Jan 2024, 09:00 in Beijing

/** One merchant's SKUs, appended to rows. */
function buildMerchantSkus(r: Rng, newId: () => string, m: Merchant, count: number, warehouses: string[], rows: Rows) {
  const chapters = m.chapters.filter((c) => GOODS[c]);
  const pool = (chapters.length ? chapters : ["85"]).flatMap((c) => GOODS[c]);
  const codes = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [zh, en, hs, grams, yuan] = r.pick(pool);
    const [colourZh, colourEn, colourCode] = r.pick(COLOURS);
    const model = `${"ABCDEFGHJKMNPQRSTUVWXYZ"[r.int(0, 22)]}${r.int(10, 99)}`;
    const prefix = en
      .replace(/[^A-Za-z ]/g, "")
      .split(" ")
      .filter(Boolean)
      .map((w) => w[0])
      .join("")
      .toUpperCase()
      .slice(0, 4);
    let code = `${prefix}-${model}-${colourCode}`;
    while (codes.has(code)) code = `${prefix}-${model}${r.int(0, 9)}-${colourCode}`;
    codes.add(code);
    const usd = r.chance(0.25);
    const priceFen = r.int(yuan[0], yuan[1]) * 100 - (r.chance(0.6) ? 1 : 0);
    const createdAt = new Date(FIRST_DAY + r.int(0, 540) * DAY_MS + r.int(0, 8 * 60) * 60_000);
    const id = newId();
    rows.skus.push({
      id,
      merchantId: m.id,
      code,
      nameZh: `${zh} ${model} ${colourZh}`,
      nameEn: r.chance(0.9) ? `${en} ${model}, ${colourEn}` : "",
      hsCode: hs,
      hsChapter: hs.slice(0, 2),
      originCountry: r.chance(0.94) ? "CN" : r.pick(["VN", "MY", "KR", "JP", "DE"]),
      unitPriceMinor: usd ? Math.max(100, Math.round(priceFen / 7.2)) : priceFen,
      currency: usd ? "USD" : "CNY",
      weightGrams: r.int(grams[0], grams[1]),
      status: r.chance(0.03) ? "ARCHIVED" : "ACTIVE",
      createdAt,
      updatedAt: new Date(createdAt.getTime() + r.int(0, 120) * DAY_MS),
    });
    for (const country of pickMarkets(r)) rows.markets.push({ skuId: id, country });
    for (const platformId of r.sample(m.platformIds, r.int(1, Math.min(3, m.platformIds.length))))
      rows.platforms.push({ skuId: id, platformId });
    for (const warehouseId of r.sample(warehouses, r.int(1, Math.min(2, warehouses.length)))) {
      const quantity = r.chance(0.08) ? 0 : Math.round(r.int(1, 60) ** 2 * (r.chance(0.2) ? 5 : 1));
      if (!quantity) continue;
      rows.stocks.push({ skuId: id, warehouseId, quantity, updatedAt: createdAt });
      rows.changes.push({
        id: newId(),
        skuId: id,
        warehouseId,
        delta: quantity,
        quantityAfter: quantity,
        source: "csv",
        actorId: null,
        createdAt,
      });
    }
  }
}

/**
 * Seeds the demo SKUs: Xiyong's approved merchants hold 7,000+ SKUs across the
 * park's three warehouses, targeting 100+ markets; the demo merchant holds a
 * few hundred; merchants of other parks a handful each.
 */
export async function seedSkus(db: Db): Promise<{ created: boolean }> {
  if ((await db.sku.count()) > 0) return { created: false };
  const [merchants, warehouses, owner] = await Promise.all([
    db.merchant.findMany({
      where: { verificationStatus: "APPROVED" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        parkId: true,
        park: { select: { code: true } },
        categories: { select: { hsChapter: true } },
        platforms: { select: { platformId: true } },
      },
    }),
    db.warehouse.findMany({ orderBy: { code: "asc" }, select: { id: true, parkId: true } }),
    db.membership.findFirst({ where: { user: { email: DEMO_OWNER } }, select: { merchantId: true } }),
  ]);
  if (!merchants.length) return { created: false };

  const r = rng(SEED);
  const ids = rng(SEED ^ 0x51d);
  const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
  const newId = () => "c" + Array.from({ length: 24 }, () => ALNUM[ids.int(0, 35)]).join("");
  const rows: Rows = { skus: [], markets: [], platforms: [], stocks: [], changes: [] };
  for (const m of merchants) {
    const parkWarehouses = warehouses.filter((w) => w.parkId === m.parkId).map((w) => w.id);
    if (!parkWarehouses.length || !m.platforms.length) continue;
    const count = m.id === owner?.merchantId ? 320 : m.park.code === "XIYONG" ? r.int(16, 60) : r.int(4, 20);
    const merchant = {
      id: m.id,
      parkId: m.parkId,
      chapters: m.categories.map((c) => c.hsChapter),
      platformIds: m.platforms.map((p) => p.platformId).sort(),
    };
    buildMerchantSkus(r, newId, merchant, count, parkWarehouses, rows);
  }

  // Multi-row inserts (lib/db/insert-rows.ts): createMany would take ten times as long.
  await db.$transaction(
    async (tx) => {
      const skuColumns = [
        "id",
        "merchantId",
        "code",
        "nameZh",
        "nameEn",
        "hsCode",
        "hsChapter",
        "originCountry",
        "unitPriceMinor",
        "currency",
        "weightGrams",
        "createdAt",
        "updatedAt",
      ] as const;
      await insertRows(
        tx,
        "Sku",
        skuColumns,
        rows.skus.map((s) => skuColumns.map((c) => s[c] as string | number | Date)),
      );
      const archived = rows.skus.filter((s) => s.status === "ARCHIVED").map((s) => s.id!);
      await tx.sku.updateMany({ where: { id: { in: archived } }, data: { status: "ARCHIVED" } });
      await insertRows(
        tx,
        "SkuMarket",
        ["skuId", "country"],
        rows.markets.map((m) => [m.skuId, m.country]),
      );
      await insertRows(
        tx,
        "SkuPlatform",
        ["skuId", "platformId"],
        rows.platforms.map((p) => [p.skuId, p.platformId]),
      );
      await insertRows(
        tx,
        "SkuStock",
        ["skuId", "warehouseId", "quantity", "updatedAt"],
        rows.stocks.map((s) => [s.skuId, s.warehouseId, s.quantity, s.updatedAt as Date]),
      );
      const changeColumns = [
        "id",
        "skuId",
        "warehouseId",
        "delta",
        "quantityAfter",
        "source",
        "actorId",
        "createdAt",
      ] as const;
      await insertRows(
        tx,
        "StockChange",
        changeColumns,
        rows.changes.map((c) => changeColumns.map((k) => (c[k] ?? null) as string | number | Date | null)),
      );
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  return { created: true };
}
