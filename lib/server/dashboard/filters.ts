// The dashboard's filters as they come from the URL (`/admin?year=2023`);
// anything odd falls back to the default.
import { z } from "zod";
import { CUSTOMS_MODES } from "@/lib/validation/declaration";
import { monthParts } from "@/lib/time/months";
import { recordId } from "@/lib/validation/text";

/** The dashboard's series start here: the year of the baseline figures. */
export const DASHBOARD_START = "2023-01";
export const DASHBOARD_START_YEAR = 2023;

export const DashboardFilters = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
  zone: recordId().optional().catch(undefined),
  mode: z.enum(CUSTOMS_MODES).optional().catch(undefined),
});
export type DashboardFilters = z.infer<typeof DashboardFilters>;

/** The years one can pick, newest first. */
export function dashboardYears(nowMonth: string): number[] {
  const last = Math.max(DASHBOARD_START_YEAR, monthParts(nowMonth).year);
  return Array.from({ length: last - DASHBOARD_START_YEAR + 1 }, (_, i) => last - i);
}

/** The chosen year within the years there are; the current year by default. */
export function resolveYear(year: number | undefined, nowMonth: string): number {
  const years = dashboardYears(nowMonth);
  return year !== undefined && years.includes(year) ? year : years[0];
}

/** The last month a year's figures run to: this month for the current year, else December. */
export function asOfMonth(year: number, nowMonth: string): string {
  return monthParts(nowMonth).year === year ? nowMonth : `${year}-12`;
}
