// Calendar days without a time of day ("2025-03-18": a declaration's day, a
// goal's deadline) are stored as the UTC midnight of that date, so that the
// date reads the same whatever the time zone of the reader.

/** A "YYYY-MM-DD" day as the date that stores it. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A year as the stored days it spans: [1 January, 1 January of the next year). */
export function yearDays(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}
