import { shanghaiDay } from "@/lib/time/shanghai";
import { dayToDate } from "@/lib/time/days";

/** The working days within which a closure request is answered (PIPL Art. 50: promptly; the commission's rule: 15). */
export const CLOSURE_WORKING_DAYS = 15;

const DAY_MS = 86_400_000;

/**
 * The day ("YYYY-MM-DD", Asia/Shanghai) by which a request made at `from` is
 * due: the `days`-th working day after the day it was made, counting Monday
 * to Friday. The portal has no holiday calendar, so public holidays and the
 * weekend days worked in their place are not taken into account (the queue's
 * help text says so).
 */
export function workingDaysAfter(from: Date, days = CLOSURE_WORKING_DAYS): string {
  let day = dayToDate(shanghaiDay(from));
  let left = days;
  while (left > 0) {
    day = new Date(day.getTime() + DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}
