// The demo parks of the designated demonstration zones, their warehouses, how
// many merchants each has and the HS chapters that fit them.

type WarehouseSeed = { code: string; kind: "BONDED" | "GENERAL"; nameZh: string; nameEn: string };

export type ParkSeed = {
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

export const PARKS: readonly ParkSeed[] = [
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
