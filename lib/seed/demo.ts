// Demo data: the 1+N zone system, parks, warehouses, the 32 platforms, about
// 250 merchants and four demo accounts. Deterministic (fixed seed, fixed
// dates) and idempotent: nothing is written when the pilot zone exists.
import type { Db } from "@/lib/db/create-client";
import type { Prisma, Role } from "@/lib/generated/sqlite/client";
import { PLATFORMS } from "@/lib/reference/platforms";
import { rng, type Rng } from "@/lib/seed/random";
import { usccCheckChar, USCC_ALPHABET } from "@/lib/validation/uscc";

export const DEMO_PASSWORD = "cbec-demo-2025";

export const DEMO_PILOT_ZONE_CODE = "CQ-PILOT";

export type DemoAccount = { email: string; role: Role; homePath: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = Object.freeze([
  { email: "staff@example.com", role: "STAFF", homePath: "/admin" },
  { email: "operator@example.com", role: "PARK_OPERATOR", homePath: "/admin" },
  { email: "merchant@example.com", role: "MERCHANT", homePath: "/merchant" },
  { email: "pending@example.com", role: "MERCHANT", homePath: "/merchant/status" },
] satisfies DemoAccount[]);

const SEED = 20_250_101;

// ---------------------------------------------------------------------------
// Fixed dates (Beijing time, UTC+8)

function cst(y: number, m: number, d: number, h = 9, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 8, min));
}

const DAY_MS = 86_400_000;

/** A working-hours moment between two dates (inclusive days). */
function dateBetween(r: Rng, from: Date, to: Date): Date {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  const day = new Date(from.getTime() + r.int(0, days) * DAY_MS);
  return cst(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), r.int(9, 17), r.int(0, 59));
}

function addWorkingTime(r: Rng, from: Date, minDays: number, maxDays: number): Date {
  const day = new Date(from.getTime() + r.int(minDays, maxDays) * DAY_MS);
  return cst(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), r.int(9, 17), r.int(0, 59));
}

// ---------------------------------------------------------------------------
// Zones

type ZoneSeed = {
  code: string;
  status: "DESIGNATED" | "PLANNED";
  designatedYear: number | null;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
};

const PILOT_ZONE: ZoneSeed = {
  code: DEMO_PILOT_ZONE_CODE,
  status: "DESIGNATED",
  designatedYear: 2016,
  nameZh: "中国（重庆）跨境电子商务综合试验区",
  nameEn: "China (Chongqing) Cross-border E-commerce Comprehensive Pilot Zone",
  descriptionZh:
    "重庆是全国首批跨境贸易电子商务服务试点城市之一。2016年1月，国务院批复设立中国（重庆）跨境电子商务综合试验区，范围覆盖重庆全市，是全市跨境电商“1+N”发展体系中的“1”。目标：到2025年跨境电商进出口额超过700亿元。",
  descriptionEn:
    'Chongqing was among the first national cross-border e-commerce pilot cities. In January 2016 the State Council approved the China (Chongqing) Cross-border E-commerce Comprehensive Pilot Zone, which covers the whole municipality and is the "1" of Chongqing\'s "1+N" system. Goal: cross-border e-commerce imports and exports of over 70 billion CNY by 2025.',
};

const DEMO_ZONES: readonly ZoneSeed[] = [
  {
    code: "CQ-DZ-01",
    status: "DESIGNATED",
    designatedYear: 2021,
    nameZh: "西部（重庆）科学城跨境电子商务示范区",
    nameEn: "Western (Chongqing) Science City Cross-border E-commerce Demonstration Zone",
    descriptionZh:
      "以西永微电子产业园区和重庆国际物流枢纽园区为核心，紧邻团结村铁路集装箱中心站和西永综合保税区，发展跨境电商B2B出口、保税进出口和出口海外仓业务。",
    descriptionEn:
      "Built around the Xiyong Micro-electronics Industrial Park and the Chongqing International Logistics Hub Park, next to the Tuanjie Village central rail container station and the Xiyong Comprehensive Bonded Zone: B2B export, bonded import and export, and export to overseas warehouses.",
  },
  {
    code: "CQ-DZ-02",
    status: "DESIGNATED",
    designatedYear: 2021,
    nameZh: "两江新区跨境电子商务示范区",
    nameEn: "Liangjiang New Area Cross-border E-commerce Demonstration Zone",
    descriptionZh: "依托两路果园港综合保税区和果园港，发展跨境电商保税进口（1210）、直购进口和数字贸易。",
    descriptionEn:
      "Based on the Lianglu Guoyuan Port Comprehensive Bonded Zone and Guoyuan Port: bonded CBEC imports (1210), direct-purchase imports and digital trade.",
  },
  {
    code: "CQ-DZ-03",
    status: "DESIGNATED",
    designatedYear: 2022,
    nameZh: "江津综合保税区跨境电子商务示范区",
    nameEn: "Jiangjin Comprehensive Bonded Zone Cross-border E-commerce Demonstration Zone",
    descriptionZh: "依托江津综合保税区和珞璜港，发展跨境电商保税仓储、装备制造产品B2B出口和出口海外仓业务。",
    descriptionEn:
      "Based on the Jiangjin Comprehensive Bonded Zone and Luohuang Port: bonded warehousing, B2B export of machinery and export to overseas warehouses.",
  },
  {
    code: "CQ-DZ-04",
    status: "DESIGNATED",
    designatedYear: 2022,
    nameZh: "大足跨境电子商务示范区",
    nameEn: "Dazu Cross-border E-commerce Demonstration Zone",
    descriptionZh:
      "依托大足龙水五金市场（2022年12月起开展市场采购贸易方式试点）和大足高新区，推动“跨境电商+五金产业带”融合发展。",
    descriptionEn:
      'Based on the Dazu Longshui Hardware Market (a market procurement trade pilot since December 2022) and the Dazu High-tech Zone: "cross-border e-commerce + hardware industrial belt".',
  },
  {
    code: "CQ-DZ-05",
    status: "DESIGNATED",
    designatedYear: 2023,
    nameZh: "巴南（南彭）跨境电子商务示范区",
    nameEn: "Banan (Nanpeng) Cross-border E-commerce Demonstration Zone",
    descriptionZh: "依托南彭公路保税物流中心（B型）和巴南电子商务产业园，发展跨境公路物流、保税进口和特色消费品出口。",
    descriptionEn:
      "Based on the Nanpeng Road Bonded Logistics Center (Type B) and the Banan E-commerce Industrial Park: cross-border road logistics, bonded imports and export of local consumer goods.",
  },
  ...(
    [
      [
        "CQ-DZ-06",
        "万州",
        "Wanzhou",
        "依托万州综合保税区和新田港。",
        "Based on the Wanzhou Comprehensive Bonded Zone and Xintian Port.",
      ],
      ["CQ-DZ-07", "涪陵", "Fuling", "依托涪陵综合保税区。", "Based on the Fuling Comprehensive Bonded Zone."],
      ["CQ-DZ-08", "永川", "Yongchuan", "依托永川综合保税区。", "Based on the Yongchuan Comprehensive Bonded Zone."],
      [
        "CQ-DZ-09",
        "合川",
        "Hechuan",
        "依托合川工业园区的装备制造和食品产业。",
        "Based on the machinery and food industries of the Hechuan Industrial Park.",
      ],
      [
        "CQ-DZ-10",
        "秀山",
        "Xiushan",
        "依托秀山（武陵）现代物流园区和农村电商基础。",
        "Based on the Xiushan (Wuling) Modern Logistics Park and local rural e-commerce.",
      ],
    ] as const
  ).map(([code, zh, en, descZh, descEn]): ZoneSeed => ({
    code,
    status: "PLANNED",
    designatedYear: null,
    nameZh: `${zh}跨境电子商务示范区`,
    nameEn: `${en} Cross-border E-commerce Demonstration Zone`,
    descriptionZh: `规划中的市级跨境电子商务示范区（目标：到2025年示范区达到10个）。${descZh}`,
    descriptionEn: `A planned municipal-level cross-border e-commerce demonstration zone (goal: 10 demonstration zones by 2025). ${descEn}`,
  })),
];

// ---------------------------------------------------------------------------
// Parks and warehouses

type WarehouseSeed = { code: string; kind: "BONDED" | "GENERAL"; nameZh: string; nameEn: string };

type ParkSeed = {
  code: string;
  zoneCode: string;
  nameZh: string;
  nameEn: string;
  districtZh: string;
  districtEn: string;
  /** 6-digit administrative division code, positions 3–8 of local merchants' USCC. */
  division: string;
  marketProcurementPilot: boolean;
  merchantCount: number;
  /** HS chapters that fit the park, with weights for a merchant's main category. */
  chapters: Readonly<Record<string, number>>;
  warehouses: readonly WarehouseSeed[];
};

const PARKS: readonly ParkSeed[] = [
  {
    code: "XIYONG",
    zoneCode: "CQ-DZ-01",
    nameZh: "西永微电子产业园区",
    nameEn: "Xiyong Micro-electronics Industrial Park",
    districtZh: "沙坪坝区",
    districtEn: "Shapingba District",
    division: "500106",
    marketProcurementPilot: false,
    merchantCount: 205,
    chapters: { "85": 6, "84": 4, "90": 2, "61": 1, "62": 1, "87": 1, "95": 1 },
    warehouses: [
      {
        code: "XIYONG-B1",
        kind: "BONDED",
        nameZh: "西永综合保税区跨境电商保税仓（一号库）",
        nameEn: "Xiyong Comprehensive Bonded Zone CBEC Bonded Warehouse No. 1",
      },
      {
        code: "XIYONG-B2",
        kind: "BONDED",
        nameZh: "西永综合保税区跨境电商保税仓（二号库）",
        nameEn: "Xiyong Comprehensive Bonded Zone CBEC Bonded Warehouse No. 2",
      },
      {
        code: "XIYONG-G1",
        kind: "GENERAL",
        nameZh: "西永跨境电商出口集货仓",
        nameEn: "Xiyong CBEC Export Consolidation Warehouse",
      },
    ],
  },
  {
    code: "LOGISTICS-HUB",
    zoneCode: "CQ-DZ-01",
    nameZh: "重庆国际物流枢纽园区",
    nameEn: "Chongqing International Logistics Hub Park",
    districtZh: "沙坪坝区",
    districtEn: "Shapingba District",
    division: "500106",
    marketProcurementPilot: false,
    merchantCount: 6,
    chapters: { "87": 3, "84": 2, "85": 2, "94": 1, "39": 1 },
    warehouses: [
      {
        code: "LOGHUB-G1",
        kind: "GENERAL",
        nameZh: "团结村中心站跨境电商海外仓集货中心",
        nameEn: "Tuanjie Village Station CBEC Overseas-warehouse Consolidation Center",
      },
    ],
  },
  {
    code: "LIANGLU-GUOYUAN",
    zoneCode: "CQ-DZ-02",
    nameZh: "重庆两路果园港综合保税区",
    nameEn: "Chongqing Lianglu Guoyuan Port Comprehensive Bonded Zone",
    districtZh: "渝北区",
    districtEn: "Yubei District",
    division: "500112",
    marketProcurementPilot: false,
    merchantCount: 7,
    chapters: { "85": 3, "33": 2, "84": 2, "90": 1, "87": 1 },
    warehouses: [
      {
        code: "LLGY-B1",
        kind: "BONDED",
        nameZh: "两路果园港综保区跨境电商保税仓",
        nameEn: "Lianglu Guoyuan CBEC Bonded Warehouse",
      },
      {
        code: "LLGY-G1",
        kind: "GENERAL",
        nameZh: "果园港跨境电商监管中心",
        nameEn: "Guoyuan Port CBEC Supervision Center",
      },
    ],
  },
  {
    code: "LIANGJIANG-DIGITAL",
    zoneCode: "CQ-DZ-02",
    nameZh: "两江数字经济产业园",
    nameEn: "Liangjiang Digital Economy Industrial Park",
    districtZh: "渝北区",
    districtEn: "Yubei District",
    division: "500112",
    marketProcurementPilot: false,
    merchantCount: 5,
    chapters: { "85": 3, "84": 2, "90": 1, "95": 1 },
    warehouses: [
      {
        code: "LJDE-G1",
        kind: "GENERAL",
        nameZh: "两江数字经济产业园跨境电商仓",
        nameEn: "Liangjiang Digital Economy Park CBEC Warehouse",
      },
    ],
  },
  {
    code: "JIANGJIN-ZBQ",
    zoneCode: "CQ-DZ-03",
    nameZh: "江津综合保税区",
    nameEn: "Jiangjin Comprehensive Bonded Zone",
    districtZh: "江津区",
    districtEn: "Jiangjin District",
    division: "500116",
    marketProcurementPilot: false,
    merchantCount: 5,
    chapters: { "84": 3, "85": 2, "87": 2, "94": 1 },
    warehouses: [
      {
        code: "JJZBQ-B1",
        kind: "BONDED",
        nameZh: "江津综保区跨境电商保税仓",
        nameEn: "Jiangjin Bonded Zone CBEC Bonded Warehouse",
      },
    ],
  },
  {
    code: "LUOHUANG",
    zoneCode: "CQ-DZ-03",
    nameZh: "江津珞璜工业园",
    nameEn: "Jiangjin Luohuang Industrial Park",
    districtZh: "江津区",
    districtEn: "Jiangjin District",
    division: "500116",
    marketProcurementPilot: false,
    merchantCount: 4,
    chapters: { "73": 3, "84": 2, "87": 2, "72": 1 },
    warehouses: [
      {
        code: "LUOHUANG-G1",
        kind: "GENERAL",
        nameZh: "珞璜港跨境电商出口仓",
        nameEn: "Luohuang Port CBEC Export Warehouse",
      },
    ],
  },
  {
    code: "DAZU-LONGSHUI",
    zoneCode: "CQ-DZ-04",
    nameZh: "大足龙水五金市场",
    nameEn: "Dazu Longshui Hardware Market",
    districtZh: "大足区",
    districtEn: "Dazu District",
    division: "500111",
    marketProcurementPilot: true,
    merchantCount: 8,
    chapters: { "82": 4, "83": 3, "73": 2, "84": 1 },
    warehouses: [
      {
        code: "LONGSHUI-G1",
        kind: "GENERAL",
        nameZh: "龙水五金市场采购贸易集货仓",
        nameEn: "Longshui Market Procurement Trade Consolidation Warehouse",
      },
    ],
  },
  {
    code: "DAZU-HIGHTECH",
    zoneCode: "CQ-DZ-04",
    nameZh: "大足高新技术产业开发区",
    nameEn: "Dazu High-tech Industrial Development Zone",
    districtZh: "大足区",
    districtEn: "Dazu District",
    division: "500111",
    marketProcurementPilot: false,
    merchantCount: 4,
    chapters: { "82": 2, "84": 2, "87": 2, "73": 1 },
    warehouses: [
      {
        code: "DAZUHT-G1",
        kind: "GENERAL",
        nameZh: "大足高新区跨境电商公共仓",
        nameEn: "Dazu High-tech Zone CBEC Public Warehouse",
      },
    ],
  },
  {
    code: "NANPENG",
    zoneCode: "CQ-DZ-05",
    nameZh: "南彭公路保税物流中心（B型）",
    nameEn: "Nanpeng Road Bonded Logistics Center (Type B)",
    districtZh: "巴南区",
    districtEn: "Banan District",
    division: "500113",
    marketProcurementPilot: false,
    merchantCount: 4,
    chapters: { "33": 2, "42": 1, "61": 1, "64": 1, "95": 1 },
    warehouses: [
      {
        code: "NANPENG-B1",
        kind: "BONDED",
        nameZh: "南彭公路保税物流中心跨境电商保税仓",
        nameEn: "Nanpeng Bonded Logistics Center CBEC Bonded Warehouse",
      },
    ],
  },
  {
    code: "BANAN-ECOMMERCE",
    zoneCode: "CQ-DZ-05",
    nameZh: "巴南电子商务产业园",
    nameEn: "Banan E-commerce Industrial Park",
    districtZh: "巴南区",
    districtEn: "Banan District",
    division: "500113",
    marketProcurementPilot: false,
    merchantCount: 2,
    chapters: { "21": 2, "09": 1, "94": 1, "63": 1 },
    warehouses: [
      {
        code: "BANAN-G1",
        kind: "GENERAL",
        nameZh: "巴南电商产业园跨境电商仓",
        nameEn: "Banan E-commerce Park CBEC Warehouse",
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// Merchant names, people and platforms

const BRANDS: readonly (readonly [string, string])[] = [
  ["恒达", "Hengda"],
  ["博远", "Boyuan"],
  ["智汇", "Zhihui"],
  ["芯联", "Xinlian"],
  ["鑫源", "Xinyuan"],
  ["华信", "Huaxin"],
  ["聚能", "Juneng"],
  ["瑞丰", "Ruifeng"],
  ["天成", "Tiancheng"],
  ["宏图", "Hongtu"],
  ["明辉", "Minghui"],
  ["新锐", "Xinrui"],
  ["卓越", "Zhuoyue"],
  ["优品", "Youpin"],
  ["嘉禾", "Jiahe"],
  ["德润", "Derun"],
  ["长风", "Changfeng"],
  ["山城", "Shancheng"],
  ["渝通", "Yutong"],
  ["巴渝", "Bayu"],
  ["嘉陵", "Jialing"],
  ["朝天", "Chaotian"],
  ["金鼎", "Jinding"],
  ["银河", "Yinhe"],
  ["合力", "Heli"],
  ["远帆", "Yuanfan"],
  ["海纳", "Haina"],
  ["丰泰", "Fengtai"],
  ["众诚", "Zhongcheng"],
  ["启航", "Qihang"],
  ["腾跃", "Tengyue"],
  ["蓝海", "Lanhai"],
  ["通达", "Tongda"],
  ["兴业", "Xingye"],
  ["盛世", "Shengshi"],
  ["凯旋", "Kaixuan"],
  ["锐驰", "Ruichi"],
  ["极光", "Jiguang"],
  ["数联", "Shulian"],
  ["晶芯", "Jingxin"],
  ["科美", "Kemei"],
  ["沃德", "Wode"],
  ["帝辰", "Dichen"],
  ["拓维", "Tuowei"],
  ["贝特", "Beite"],
  ["元启", "Yuanqi"],
  ["云帆", "Yunfan"],
  ["创拓", "Chuangtuo"],
  ["联拓", "Liantuo"],
  ["金桥", "Jinqiao"],
  ["万象", "Wanxiang"],
  ["同创", "Tongchuang"],
  ["精诚", "Jingcheng"],
  ["信达", "Xinda"],
  ["锦程", "Jincheng"],
  ["乐途", "Letu"],
  ["悦行", "Yuexing"],
  ["中盈", "Zhongying"],
  ["鸿运", "Hongyun"],
  ["华瑞", "Huarui"],
  ["新科", "Xinke"],
  ["九州", "Jiuzhou"],
  ["缙云", "Jinyun"],
  ["凌云", "Lingyun"],
  ["翔宇", "Xiangyu"],
  ["弘毅", "Hongyi"],
  ["致远", "Zhiyuan"],
  ["星辰", "Xingchen"],
  ["天宇", "Tianyu"],
  ["迅捷", "Xunjie"],
];

type Industry = readonly [zh: string, en: string, slug: string];

const INDUSTRIES: Readonly<Record<string, readonly Industry[]>> = {
  "09": [["茶业", "Tea", "tea"]],
  "21": [
    ["火锅食品", "Hotpot Foods", "hotpot"],
    ["食品", "Foods", "foods"],
  ],
  "33": [
    ["化妆品", "Cosmetics", "cosmetics"],
    ["日化用品", "Personal Care Products", "personal-care"],
  ],
  "39": [["塑胶制品", "Plastic Products", "plastics"]],
  "42": [["箱包", "Luggage and Bags", "bags"]],
  "61": [
    ["服饰", "Apparel", "apparel"],
    ["针织品", "Knitwear", "knitwear"],
  ],
  "62": [["服装", "Garments", "garments"]],
  "63": [["家纺", "Home Textiles", "home-textiles"]],
  "64": [["鞋业", "Footwear", "footwear"]],
  "72": [["钢材", "Steel", "steel"]],
  "73": [
    ["金属制品", "Metal Products", "metal"],
    ["不锈钢制品", "Stainless Steel Products", "stainless"],
  ],
  "82": [
    ["五金工具", "Hardware Tools", "tools"],
    ["刃具", "Cutting Tools", "cutting-tools"],
  ],
  "83": [
    ["五金制品", "Hardware Products", "hardware"],
    ["锁具", "Locks", "locks"],
  ],
  "84": [
    ["智能装备", "Intelligent Equipment", "equipment"],
    ["机电设备", "Electromechanical Equipment", "electromechanical"],
    ["计算机科技", "Computer Technology", "computer"],
  ],
  "85": [
    ["电子科技", "Electronics Technology", "electronics"],
    ["微电子", "Micro-electronics", "microelectronics"],
    ["数码科技", "Digital Technology", "digital"],
    ["智能终端", "Smart Devices", "smart-devices"],
  ],
  "87": [
    ["汽车配件", "Auto Parts", "auto-parts"],
    ["摩托车配件", "Motorcycle Parts", "motorcycle-parts"],
    ["新能源汽车零部件", "NEV Components", "nev-parts"],
  ],
  "90": [
    ["光电科技", "Optoelectronics Technology", "optoelectronics"],
    ["精密仪器", "Precision Instruments", "instruments"],
  ],
  "94": [
    ["家居用品", "Home Furnishings", "home"],
    ["照明科技", "Lighting Technology", "lighting"],
  ],
  "95": [
    ["玩具", "Toys", "toys"],
    ["体育用品", "Sporting Goods", "sports"],
  ],
};

const TRADE_INDUSTRIES: readonly Industry[] = [
  ["跨境电子商务", "Cross-border E-commerce", "cbec"],
  ["进出口贸易", "Import and Export Trading", "trading"],
  ["供应链管理", "Supply Chain Management", "supply-chain"],
];

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "胡",
  "朱",
  "郭",
  "何",
  "罗",
  "高",
  "林",
  "谭",
  "冉",
  "向",
  "邓",
  "唐",
];
const GIVEN_NAMES = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "磊",
  "洋",
  "勇",
  "艳",
  "杰",
  "军",
  "涛",
  "明",
  "超",
  "霞",
  "平",
  "刚",
  "丹",
  "鹏",
  "婷",
  "雪",
  "浩",
  "宇",
  "欣",
  "晨",
  "思远",
  "子涵",
  "雨桐",
  "志强",
  "建华",
  "晓东",
  "海燕",
  "春梅",
  "文静",
  "俊杰",
  "佳怡",
];
const MOBILE_PREFIXES = [
  "135",
  "136",
  "138",
  "139",
  "150",
  "151",
  "158",
  "159",
  "177",
  "180",
  "186",
  "187",
  "189",
  "199",
];

// How often a platform is among a merchant's channels.
const PLATFORM_WEIGHT: Readonly<Record<string, number>> = {
  amazon: 10,
  aliexpress: 9,
  "alibaba-com": 8,
  shopee: 7,
  "tiktok-shop": 7,
  temu: 7,
  ebay: 6,
  lazada: 5,
  shein: 4,
  ozon: 4,
  "tmall-global": 4,
  taobao: 4,
  "jd-worldwide": 3,
  walmart: 3,
  "mercado-libre": 3,
  shopify: 3,
  dhgate: 2,
  "made-in-china": 2,
  "global-sources": 2,
  wildberries: 2,
};
const B2B_PLATFORMS = new Set(["alibaba-com", "made-in-china", "global-sources", "dhgate"]);

function weightedPick<T>(r: Rng, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let x = r.next() * total;
  for (const t of items) {
    x -= weight(t);
    if (x < 0) return t;
  }
  return items[items.length - 1];
}

function weightedSample<T>(r: Rng, items: readonly T[], n: number, weight: (t: T) => number): T[] {
  const pool = items.slice();
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const t = weightedPick(r, pool, weight);
    out.push(t);
    pool.splice(pool.indexOf(t), 1);
  }
  return out;
}

/** GB 11714 check character of an 8-character organization code body. */
function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    sum += (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55) * weights[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/** A company USCC (authority 9, type 1) registered in the given division. */
function makeUscc(r: Rng, division: string): string {
  let body8: string;
  if (r.chance(0.75)) {
    // Registered since 2015: organization codes begin "MA"; Chongqing's "MA5U", "MA60", ...
    body8 =
      "MA" + r.pick(["5U", "5Y", "60", "61"]) + Array.from({ length: 4 }, () => r.pick([...USCC_ALPHABET])).join("");
  } else {
    // Older companies keep their 9-digit organization code.
    body8 = String(r.int(2, 7)) + Array.from({ length: 7 }, () => String(r.int(0, 9))).join("");
  }
  const first17 = "91" + division + body8 + orgCodeCheckChar(body8);
  return first17 + usccCheckChar(first17);
}

// ---------------------------------------------------------------------------
// The data set

type DemoData = {
  pilotZone: Prisma.ZoneCreateManyInput;
  zones: Prisma.ZoneCreateManyInput[];
  parks: Prisma.ParkCreateManyInput[];
  warehouses: Prisma.WarehouseCreateManyInput[];
  platforms: Prisma.PlatformCreateManyInput[];
  merchants: Prisma.MerchantCreateManyInput[];
  merchantPlatforms: Prisma.MerchantPlatformCreateManyInput[];
  merchantCategories: Prisma.MerchantCategoryCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
};

type Status = "PENDING" | "APPROVED" | "REJECTED" | "REVISION_REQUESTED";

/** Builds every row of the demo data set; pure and deterministic. */
export function buildDemoData(passwordHash: string): DemoData {
  const r = rng(SEED);
  const ids = rng(SEED ^ 0x5eed);
  const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
  // cuid-shaped ids ("c" + 24 characters), stable from run to run.
  const newId = () => "c" + Array.from({ length: 24 }, () => ALNUM[ids.int(0, 35)]).join("");

  const zoneCreated = cst(2023, 1, 3);
  const pilotZone: Prisma.ZoneCreateManyInput = {
    id: newId(),
    kind: "PILOT",
    sortOrder: 0,
    parentId: null,
    createdAt: zoneCreated,
    updatedAt: zoneCreated,
    ...PILOT_ZONE,
  };
  const zoneIds = new Map<string, string>([[PILOT_ZONE.code, pilotZone.id!]]);
  const zones = DEMO_ZONES.map((z, i): Prisma.ZoneCreateManyInput => {
    const id = newId();
    zoneIds.set(z.code, id);
    return {
      id,
      kind: "DEMONSTRATION",
      sortOrder: i + 1,
      parentId: pilotZone.id,
      createdAt: zoneCreated,
      updatedAt: zoneCreated,
      ...z,
    };
  });

  const parkIds = new Map<string, string>();
  const parks: Prisma.ParkCreateManyInput[] = [];
  const warehouses: Prisma.WarehouseCreateManyInput[] = [];
  for (const p of PARKS) {
    const id = newId();
    parkIds.set(p.code, id);
    parks.push({
      id,
      code: p.code,
      zoneId: zoneIds.get(p.zoneCode)!,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      districtZh: p.districtZh,
      districtEn: p.districtEn,
      marketProcurementPilot: p.marketProcurementPilot,
      createdAt: zoneCreated,
      updatedAt: zoneCreated,
    });
    for (const w of p.warehouses) {
      warehouses.push({ id: newId(), parkId: id, createdAt: zoneCreated, ...w });
    }
  }

  const platformIds = new Map<string, string>();
  const platforms = PLATFORMS.map((p, i): Prisma.PlatformCreateManyInput => {
    const id = newId();
    platformIds.set(p.code, id);
    return { id, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, website: p.website, sortOrder: i + 1 };
  });
  const platformCodes = PLATFORMS.map((p) => p.code);

  // -- merchants
  const merchants: Prisma.MerchantCreateManyInput[] = [];
  const merchantPlatforms: Prisma.MerchantPlatformCreateManyInput[] = [];
  const merchantCategories: Prisma.MerchantCategoryCreateManyInput[] = [];
  const usedNames = new Set<string>();
  const usedUscc = new Set<string>();

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
  const drafts: Draft[] = [];

  const uniqueUscc = (division: string) => {
    for (;;) {
      const code = makeUscc(r, division);
      if (!usedUscc.has(code)) {
        usedUscc.add(code);
        return code;
      }
    }
  };

  // The two merchants behind the demo accounts come first.
  drafts.push({
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
  });
  drafts.push({
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
  });
  for (const d of drafts) usedNames.add(d.nameZh);

  for (const park of PARKS) {
    const chapterList = Object.keys(park.chapters);
    const already = drafts.filter((d) => d.parkCode === park.code).length;
    for (let k = already; k < park.merchantCount; k++) {
      const main = weightedPick(r, chapterList, (c) => park.chapters[c]);
      const extra = r.sample(
        chapterList.filter((c) => c !== main),
        weightedPick(r, [0, 1, 2], (n) => [5, 4, 1][n]),
      );
      const chapters = [main, ...extra];

      let nameZh = "";
      let nameEn = "";
      let slug = "";
      for (;;) {
        const [brandZh, brandEn] = r.pick(BRANDS);
        const [indZh, indEn, indSlug] = r.chance(0.2) ? r.pick(TRADE_INDUSTRIES) : r.pick(INDUSTRIES[main]);
        nameZh = `重庆${brandZh}${indZh}有限公司`;
        if (usedNames.has(nameZh)) continue;
        usedNames.add(nameZh);
        nameEn = `Chongqing ${brandEn} ${indEn} Co., Ltd.`;
        slug = `${brandEn.toLowerCase()}-${indSlug}`;
        break;
      }

      const count = weightedPick(r, [1, 2, 3, 4], (n) => [3, 4, 2.5, 1][n - 1]);
      const b2b = park.marketProcurementPilot || park.code.startsWith("DAZU");
      const weight = (code: string) => (PLATFORM_WEIGHT[code] ?? 1) * (b2b && B2B_PLATFORMS.has(code) ? 4 : 1);
      let chosen: string[];
      if (park.code === "XIYONG") {
        // Xiyong's merchants together sell on all 32 platforms.
        const first = platformCodes[(k - already) % platformCodes.length];
        chosen = [
          first,
          ...weightedSample(
            r,
            platformCodes.filter((c) => c !== first),
            count - 1,
            weight,
          ),
        ];
      } else {
        chosen = weightedSample(r, platformCodes, count, weight);
      }

      drafts.push({
        parkCode: park.code,
        nameZh,
        nameEn,
        contactName: r.pick(SURNAMES) + r.pick(GIVEN_NAMES),
        contactEmail: `${slug}@example.com`,
        platforms: chosen,
        chapters,
      });
    }
  }

  // Review states: most approved, a handful pending, a few rejected or sent
  // back, two approved but suspended.
  const open = drafts.map((d, i) => i).filter((i) => drafts[i].status === undefined);
  const picked = r.sample(open, 13);
  for (const i of picked.slice(0, 7)) drafts[i].status = "PENDING";
  for (const i of picked.slice(7, 9)) drafts[i].status = "REJECTED";
  for (const i of picked.slice(9, 11)) drafts[i].status = "REVISION_REQUESTED";
  for (const i of picked.slice(11, 13)) {
    drafts[i].status = "APPROVED";
    drafts[i].suspended = true;
  }

  for (const d of drafts) {
    const status: Status = d.status ?? "APPROVED";
    let submittedAt = d.submittedAt;
    let reviewedAt = d.reviewedAt;
    if (!submittedAt) {
      if (status === "PENDING") {
        submittedAt = dateBetween(r, cst(2025, 5, 6), cst(2025, 6, 27));
        reviewedAt = null;
      } else if (status === "REVISION_REQUESTED") {
        submittedAt = dateBetween(r, cst(2025, 3, 3), cst(2025, 5, 30));
        reviewedAt = addWorkingTime(r, submittedAt, 1, 6);
      } else {
        submittedAt = dateBetween(r, cst(2023, 1, 9), cst(2025, 3, 28));
        reviewedAt = addWorkingTime(r, submittedAt, 1, 12);
      }
    }
    const park = PARKS.find((p) => p.code === d.parkCode)!;
    const id = newId();
    merchants.push({
      id,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      uscc: uniqueUscc(park.division),
      parkId: parkIds.get(d.parkCode)!,
      verificationStatus: status,
      accountState: d.suspended ? "SUSPENDED" : "ACTIVE",
      contactName: d.contactName,
      contactPhone: `+86 ${r.pick(MOBILE_PREFIXES)}${String(r.int(0, 99_999_999)).padStart(8, "0")}`,
      contactEmail: d.contactEmail,
      submittedAt,
      reviewedAt: reviewedAt ?? null,
      createdAt: submittedAt,
      updatedAt: d.suspended ? addWorkingTime(r, reviewedAt!, 90, 300) : (reviewedAt ?? submittedAt),
    });
    for (const code of d.platforms) merchantPlatforms.push({ merchantId: id, platformId: platformIds.get(code)! });
    for (const hsChapter of d.chapters) merchantCategories.push({ merchantId: id, hsChapter });
  }

  // -- accounts
  const people = [
    { account: DEMO_ACCOUNTS[0], name: "王敏", createdAt: cst(2023, 1, 3, 9, 30), parkId: null, merchantId: null },
    {
      account: DEMO_ACCOUNTS[1],
      name: "刘洋",
      createdAt: cst(2023, 1, 10, 14, 0),
      parkId: parkIds.get("XIYONG")!,
      merchantId: null,
    },
    {
      account: DEMO_ACCOUNTS[2],
      name: "张伟",
      createdAt: cst(2023, 3, 15, 10, 5),
      parkId: null,
      merchantId: merchants[0].id!,
    },
    {
      account: DEMO_ACCOUNTS[3],
      name: "李娜",
      createdAt: cst(2025, 6, 20, 10, 15),
      parkId: null,
      merchantId: merchants[1].id!,
    },
  ];
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  for (const p of people) {
    const userId = newId();
    users.push({
      id: userId,
      email: p.account.email.toLowerCase(),
      name: p.name,
      passwordHash,
      role: p.account.role,
      parkId: p.parkId,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    });
    if (p.merchantId) {
      memberships.push({ id: newId(), userId, merchantId: p.merchantId, role: "OWNER", createdAt: p.createdAt });
    }
    notifications.push({
      id: newId(),
      userId,
      kind: "welcome",
      params: "{}",
      link: p.account.homePath,
      createdAt: p.createdAt,
    });
  }

  return {
    pilotZone,
    zones,
    parks,
    warehouses,
    platforms,
    merchants,
    merchantPlatforms,
    merchantCategories,
    users,
    memberships,
    notifications,
  };
}

/**
 * Writes the demo data set in one transaction. Idempotent: when the pilot
 * zone (CQ-PILOT) already exists nothing is written and `created` is false.
 */
export async function seedDemo(db: Db, opts: { passwordHash: string }): Promise<{ created: boolean }> {
  const exists = async (client: Pick<Db, "zone">) =>
    (await client.zone.findUnique({ where: { code: DEMO_PILOT_ZONE_CODE }, select: { id: true } })) !== null;

  if (await exists(db)) return { created: false };
  const data = buildDemoData(opts.passwordHash);

  try {
    const created = await db.$transaction(
      async (tx) => {
        if (await exists(tx)) return false;
        await tx.zone.create({ data: data.pilotZone });
        await tx.zone.createMany({ data: data.zones });
        await tx.park.createMany({ data: data.parks });
        await tx.warehouse.createMany({ data: data.warehouses });
        await tx.platform.createMany({ data: data.platforms });
        await tx.merchant.createMany({ data: data.merchants });
        await tx.merchantPlatform.createMany({ data: data.merchantPlatforms });
        await tx.merchantCategory.createMany({ data: data.merchantCategories });
        await tx.user.createMany({ data: data.users });
        await tx.membership.createMany({ data: data.memberships });
        await tx.notification.createMany({ data: data.notifications });
        return true;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return { created };
  } catch (error) {
    // Another process seeded at the same time and won the race.
    if (await exists(db)) return { created: false };
    throw error;
  }
}
