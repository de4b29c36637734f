// Asia/Shanghai local time, the portal's one time zone. Shanghai has kept
// UTC+8 without daylight saving time since 1991, so the offset is fixed and
// plain arithmetic converts both ways. Pure: usable by validation, the server,
// the seed and the benchmark.

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** An instant moved to Shanghai wall-clock time: its UTC fields read the local time. */
const local = (date: Date) => new Date(date.getTime() + OFFSET_MS);

/** The calendar day of an instant in Shanghai, "YYYY-MM-DD". */
export function shanghaiDay(date: Date): string {
  return local(date).toISOString().slice(0, 10);
}

/** The month of an instant in Shanghai, "YYYY-MM". */
export function monthOf(date: Date): string {
  return local(date).toISOString().slice(0, 7);
}

export function shanghaiYear(date: Date): number {
  return local(date).getUTCFullYear();
}

/** Midnight in Shanghai of a "YYYY-MM-DD" day, as a UTC instant. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** Whether "YYYY-MM-DD" names a day that exists (not 0000-00-00, not 31 February). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const start = shanghaiDayStart(day);
  return !Number.isNaN(start.getTime()) && shanghaiDay(start) === day;
}

/** The instants from the start of day `from` to the end of day `to` in Shanghai; either end may be open. */
export function shanghaiDays(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = shanghaiDayStart(from);
  if (to) range.lt = new Date(shanghaiDayStart(to).getTime() + DAY_MS);
  return range;
}

/** The UTC instants bounding a calendar year in Shanghai: [start, end). */
export function shanghaiYearRange(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 0, 1) - OFFSET_MS), end: new Date(Date.UTC(year + 1, 0, 1) - OFFSET_MS) };
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value ("2025-09-18T09:30") read as Shanghai time; null when it is not a real moment. */
export function shanghaiInputToUtc(value: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS;
  // Date.UTC rolls 31 February into March: a value that does not survive the
  // round trip was never a real date.
  const back = local(new Date(utc));
  const same =
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo - 1 &&
    back.getUTCDate() === d &&
    back.getUTCHours() === h &&
    back.getUTCMinutes() === mi;
  return same && y >= 2000 && y <= 2100 ? new Date(utc) : null;
}

/** A stored UTC instant as the value of a datetime-local input in Shanghai time. */
export function utcToShanghaiInput(date: Date): string {
  return local(date).toISOString().slice(0, 16);
}

/** "2025-09-18 09:30": a Shanghai time that reads the same in every language. */
export function shanghaiStamp(date: Date): string {
  return utcToShanghaiInput(date).replace("T", " ");
}
