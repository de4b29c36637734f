/**
 * The portal's one source of Intl formatters. Building an `Intl.NumberFormat` or `Intl.DateTimeFormat`
 * loads ICU data and costs tens of microseconds; the dashboard formats hundreds of figures a page, so
 * building one per call cost /admin about 13 ms a request (BENCHMARKS.md). The instances are immutable,
 * so one per (locale, options) is shared by every request and both languages' renders.
 *
 * Options are keyed by their JSON, so callers pass plain literals (no functions, no Dates). The cache is
 * bounded: options can hold a currency code read from the data, and a flood of distinct keys must not
 * grow the heap without end.
 */

const MAX_ENTRIES = 500;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ""}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached("number", locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The shared `Intl.DateTimeFormat` for this locale and these options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached("date", locale, options, () => new Intl.DateTimeFormat(locale, options));
}
