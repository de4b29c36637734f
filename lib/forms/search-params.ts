// A page's search parameters, as Next.js hands them over, and back into links.

type SearchParams = Record<string, string | string[] | undefined>;

/** One value each (the first of a repeated one), so `?a=1&a=2` cannot turn a field into an array. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The parameters as a query string, leaving out the empty ones: for links that keep a list's filters. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") out.set(k, String(v));
  return out.toString();
}
