// The demo's 1+N zone system: the city-wide pilot zone and its ten
// demonstration zones (five designated, five planned).

export const DEMO_PILOT_ZONE_CODE = "CQ-PILOT";

type ZoneSeed = {
  code: string;
  status: "DESIGNATED" | "PLANNED";
  designatedYear: number | null;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
};

export const PILOT_ZONE: ZoneSeed = {
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

export const DEMO_ZONES: readonly ZoneSeed[] = [
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
