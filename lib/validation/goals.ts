import { z } from "zod";
import { MONTH_PATTERN, monthsBetween } from "@/lib/time/months";
import { parseDecimal, whenValid } from "./declaration";
import { optionalRecordId, recordId, requiredText } from "./text";

// Messages are keys of the `dataValidation` namespace in dashboard.json.

export const GOAL_METRICS = ["CBEC_VOLUME", "MARKET_PROCUREMENT_VOLUME", "DEMONSTRATION_ZONES", "NEV_EXPORTS"] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/** What each metric counts in: fen of CNY, or a plain count. */
export const GOAL_UNITS = {
  CBEC_VOLUME: "CNY_FEN",
  MARKET_PROCUREMENT_VOLUME: "CNY_FEN",
  DEMONSTRATION_ZONES: "COUNT",
  NEV_EXPORTS: "CNY_FEN",
} as const satisfies Record<GoalMetric, "CNY_FEN" | "COUNT">;

/** Metrics the portal cannot measure; staff enter the latest reported figure. */
export const REPORTED_METRICS: ReadonlySet<string> = new Set(["NEV_EXPORTS"]);

const FEN_PER_YI_TEN_THOUSANDTH = 1_000_000n; // 0.0001 亿元 = 10,000 CNY

/** A goal figure as typed: 亿元 with up to 4 decimals for money, a whole number for a count. */
export function parseGoalValue(raw: string, unit: "CNY_FEN" | "COUNT"): bigint | null {
  if (unit === "COUNT") return /^\s*\d{1,9}\s*$/.test(raw) ? BigInt(raw.trim()) : null;
  const scaled = parseDecimal(raw, 4);
  return scaled === null ? null : scaled * FEN_PER_YI_TEN_THOUSANDTH;
}

const goalFields = {
  labelZh: requiredText(200),
  labelEn: requiredText(300),
  metric: z.enum(GOAL_METRICS, { error: "invalidChoice" }),
  zoneId: optionalRecordId(),
  target: z.string().trim().min(1, "required"),
  baseline: z.string().trim().default("0"),
  baselineYear: z.coerce
    .number({ error: "baselineYear" })
    .int("baselineYear")
    .min(2000, "baselineYear")
    .max(2100, "baselineYear"),
  periodStart: z.string().trim().min(1, "required"),
  periodEnd: z.string().trim().min(1, "required"),
  reported: z.string().trim().default(""),
};

const common = z.object(goalFields);
type GoalFields = z.output<typeof common>;
const once = (...fields: (keyof GoalFields)[]) => whenValid(common, fields);

function figureRules(v: GoalFields, ctx: z.RefinementCtx) {
  const unit = GOAL_UNITS[v.metric];
  for (const field of ["target", "baseline", "reported"] as const) {
    const raw = v[field] || (field === "baseline" ? "0" : "");
    if (raw && parseGoalValue(raw, unit) === null)
      ctx.addIssue({ code: "custom", path: [field], message: "goalValue" });
  }
}

/** A goal's period: at most ten years, in months. */
export const MAX_GOAL_PERIOD_MONTHS = 120;

/** "2025-1", "2025/01" or "2025-01" as "2025-01"; null when it is not a month of 2000 to 2100. */
export function normalizeMonth(raw: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})$/.exec(raw.trim());
  if (!match) return null;
  const month = `${match[1]}-${match[2].padStart(2, "0")}`;
  return MONTH_PATTERN.test(month) && month >= "2000-01" && month <= "2100-12" ? month : null;
}

function periodRules(v: GoalFields, ctx: z.RefinementCtx) {
  const start = normalizeMonth(v.periodStart);
  const end = normalizeMonth(v.periodEnd);
  if (!start) ctx.addIssue({ code: "custom", path: ["periodStart"], message: "goalMonth" });
  if (!end) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "goalMonth" });
  if (!start || !end) return;
  if (end < start) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodOrder" });
  else if (monthsBetween(start, end) + 1 > MAX_GOAL_PERIOD_MONTHS)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodLength" });
}

/** Once every rule holds: the figures in their unit, and the period as two "YYYY-MM" months. */
function toGoal<T extends GoalFields>(v: T) {
  const unit = GOAL_UNITS[v.metric];
  return {
    ...v,
    unit,
    zoneId: v.zoneId || null,
    targetValue: parseGoalValue(v.target, unit)!,
    baselineValue: parseGoalValue(v.baseline || "0", unit)!,
    reportedValue: v.reported ? parseGoalValue(v.reported, unit)! : null,
    periodStart: normalizeMonth(v.periodStart)!,
    periodEnd: normalizeMonth(v.periodEnd)!,
  };
}

function withGoalRules<S extends z.ZodObject<typeof goalFields>>(schema: S) {
  return schema
    .superRefine(figureRules, once("metric", "target", "baseline", "reported"))
    .superRefine(periodRules, once("periodStart", "periodEnd"))
    .transform((v) => toGoal(v as z.output<S> & GoalFields));
}

export const GoalUpdate = withGoalRules(z.object({ goalId: recordId(), ...goalFields }));
export type GoalUpdateInput = z.output<typeof GoalUpdate>;

export const GoalCreate = withGoalRules(
  z.object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(1, "required")
      .max(64, "tooLong")
      .regex(/^[A-Z0-9_]+$/, "code"),
    ...goalFields,
  }),
);
export type GoalCreateInput = z.output<typeof GoalCreate>;

/** A stored goal figure as the form shows it: 亿元 for money, the count otherwise. */
export function goalValueText(value: bigint, unit: string): string {
  if (unit === "COUNT") return value.toString();
  const tenThousandths = value / FEN_PER_YI_TEN_THOUSANDTH;
  const whole = tenThousandths / 10_000n;
  const fraction = (tenThousandths % 10_000n).toString().padStart(4, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole.toString();
}
