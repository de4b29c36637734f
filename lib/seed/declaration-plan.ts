// How much the demo declarations add up to: each zone's annual volume, the
// seasonal pattern over the months, each park's share of its zone, the
// customs modes of each park, and Dazu Longshui's market procurement.

export const YI = 10_000_000_000n; // 亿元 in fen
// Annual volume per zone in tenths of 亿元, 2023–2026: 200亿元 (20 billion CNY) in 2023.
export const ZONE_PLAN: Readonly<Record<string, readonly number[]>> = {
  "CQ-DZ-01": [920, 1180, 1460, 1620],
  "CQ-DZ-02": [480, 620, 790, 880],
  "CQ-DZ-03": [220, 290, 370, 420],
  "CQ-DZ-04": [220, 300, 390, 450],
  "CQ-DZ-05": [160, 210, 270, 310],
};
export const SEASON = [0.88, 0.66, 0.95, 0.96, 1.0, 1.04, 0.98, 1.0, 1.04, 1.06, 1.25, 1.18];
export const PARK_SHARES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  "CQ-DZ-01": [
    ["XIYONG", 80],
    ["LOGISTICS-HUB", 20],
  ],
  "CQ-DZ-02": [
    ["LIANGLU-GUOYUAN", 70],
    ["LIANGJIANG-DIGITAL", 30],
  ],
  "CQ-DZ-03": [
    ["JIANGJIN-ZBQ", 60],
    ["LUOHUANG", 40],
  ],
  "CQ-DZ-04": [
    ["DAZU-LONGSHUI", 25],
    ["DAZU-HIGHTECH", 75],
  ],
  "CQ-DZ-05": [
    ["NANPENG", 65],
    ["BANAN-ECOMMERCE", 35],
  ],
};
// Customs mode, weight, share of imports.
type Mix = readonly (readonly [string, number, number])[];
export const MODE_MIX: Readonly<Record<string, Mix>> = {
  XIYONG: [
    ["9610", 30, 0.15],
    ["9710", 25, 0],
    ["9810", 25, 0],
    ["1210", 20, 0.6],
  ],
  "LOGISTICS-HUB": [
    ["9810", 50, 0],
    ["9710", 30, 0],
    ["9610", 20, 0],
  ],
  "LIANGLU-GUOYUAN": [
    ["1210", 55, 0.75],
    ["9610", 25, 0.5],
    ["9710", 10, 0],
    ["9810", 10, 0],
  ],
  "LIANGJIANG-DIGITAL": [
    ["9610", 40, 0.2],
    ["9710", 30, 0],
    ["9810", 20, 0],
    ["1210", 10, 0.5],
  ],
  "JIANGJIN-ZBQ": [
    ["1210", 40, 0.5],
    ["9710", 35, 0],
    ["9810", 25, 0],
  ],
  LUOHUANG: [
    ["9710", 50, 0],
    ["9810", 40, 0],
    ["9610", 10, 0],
  ],
  "DAZU-LONGSHUI": [
    ["9610", 50, 0],
    ["9710", 50, 0],
  ],
  "DAZU-HIGHTECH": [
    ["9710", 50, 0],
    ["9810", 30, 0],
    ["9610", 20, 0],
  ],
  NANPENG: [
    ["1210", 50, 0.7],
    ["9610", 30, 0.3],
    ["9810", 20, 0],
  ],
  "BANAN-ECOMMERCE": [
    ["9610", 60, 0],
    ["9710", 40, 0],
  ],
};
// Market procurement (1039) declarations per year; 2023's by month, rising since the pilot began in December 2022.
export const PROCUREMENT_2023 = [70, 60, 100, 110, 120, 135, 150, 160, 170, 180, 230, 241];
export const PROCUREMENT_PER_YEAR: Readonly<Record<number, number>> = { 2024: 2300, 2025: 2900, 2026: 3300 };
export const PROCUREMENT_2023_USD_CENTS = 17_400_000_000n;
export const AVERAGE_FEN = 320_000_000n;
