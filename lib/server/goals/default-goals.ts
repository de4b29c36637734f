// The goals the commission set (DOMAIN.md), as data that staff can edit.
// The market procurement target is a demonstration figure; the article
// names the metric but not a target.
import type { GoalMetric } from "@/lib/validation/goals";

export type GoalSeed = {
  code: string;
  metric: GoalMetric;
  /** The zone's code, or null for the whole city. */
  zoneCode: string | null;
  unit: "CNY_FEN" | "COUNT";
  targetValue: bigint;
  baselineValue: bigint;
  baselineYear: number;
  /** The months the goal is measured over, "YYYY-MM" to "YYYY-MM" (DOMAIN.md: the 2025 goals are annual figures for 2025). */
  periodStart: string;
  periodEnd: string;
  labelZh: string;
  labelEn: string;
};

const YI_YUAN = 10_000_000_000n; // 100 million CNY (亿元) in fen

export const DEFAULT_GOALS: readonly GoalSeed[] = [
  {
    code: "CBEC_VOLUME_2025",
    metric: "CBEC_VOLUME",
    zoneCode: null,
    unit: "CNY_FEN",
    targetValue: 700n * YI_YUAN,
    baselineValue: 200n * YI_YUAN,
    baselineYear: 2023,
    periodStart: "2025-01",
    periodEnd: "2025-12",
    labelZh: "跨境电商进出口额超过700亿元",
    labelEn: "Cross-border e-commerce imports and exports of over 70 billion CNY",
  },
  {
    code: "DEMONSTRATION_ZONES_2025",
    metric: "DEMONSTRATION_ZONES",
    zoneCode: null,
    unit: "COUNT",
    targetValue: 10n,
    baselineValue: 5n,
    baselineYear: 2023,
    periodStart: "2025-01",
    periodEnd: "2025-12",
    labelZh: "市级跨境电商示范区达到10个",
    labelEn: "10 municipal-level cross-border e-commerce demonstration zones",
  },
  {
    code: "NEV_EXPORTS_2027",
    metric: "NEV_EXPORTS",
    zoneCode: null,
    unit: "CNY_FEN",
    targetValue: 1200n * YI_YUAN,
    baselineValue: 0n,
    baselineYear: 2023,
    periodStart: "2027-01",
    periodEnd: "2027-12",
    labelZh: "智能网联新能源汽车年出口额超过1200亿元",
    labelEn: "Intelligent connected new-energy vehicle exports of over 120 billion CNY a year",
  },
  {
    code: "MARKET_PROCUREMENT_2025",
    metric: "MARKET_PROCUREMENT_VOLUME",
    zoneCode: "CQ-DZ-04",
    unit: "CNY_FEN",
    targetValue: 30n * YI_YUAN,
    baselineValue: 125n * (YI_YUAN / 10n),
    baselineYear: 2023,
    periodStart: "2025-01",
    periodEnd: "2025-12",
    labelZh: "大足龙水五金市场采购贸易额达到30亿元",
    labelEn: "Dazu Longshui Hardware Market procurement trade of 3 billion CNY",
  },
];
