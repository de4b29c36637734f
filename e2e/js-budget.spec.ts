import { expect, test } from "@playwright/test";
import { firstLoadJs } from "../lib/testing/first-load-js.mjs";

// Issue 14: "First-load JavaScript of every route ≤ 150 kB gzip, read from the build output. The test
// fails and names the route that goes over." Read from the build this run serves (the e2e server builds
// it first), not timed: the same build gives the same figures. `node scripts/js-budget.mjs` prints them.
//
// What every route shares is about 143 kB: React and Next.js (132 kB), next-intl's client runtime
// without the ICU parser (the catalogs are compiled at build time, next.config.js) and the root layout's
// providers, error boundaries and footer links. A page's own client components come on top of that.
const BUDGET = 150_000;

/**
 * Routes over 150 kB, each held at its measured size with 1.5 kB of slack while it is brought under:
 * none may grow past it, and one that gets under the budget must leave this list. Empty since
 * /merchant/profile (150.4 kB) and /merchant/skus/[id] (150.2 kB) stopped loading the date-input echo,
 * which only DateField (components/forms/date-field.tsx) now brings: 149.5 and 149.3 kB on 2026-12-01.
 */
const HELD: Record<string, number> = {};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

test("every page route's first-load JavaScript is within 150 kB gzip", () => {
  const routes = firstLoadJs();
  // Every page of the portal, not a half-written build.
  expect(routes.length).toBeGreaterThan(40);
  const over = routes
    .filter((r) => r.bytes > (HELD[r.route] ?? BUDGET))
    .map((r) => `${r.route}: ${kB(r.bytes)}, over its ${kB(HELD[r.route] ?? BUDGET)}`);
  expect(over, "routes whose first-load JavaScript (gzip) is over budget").toEqual([]);
  const within = routes.filter((r) => r.route in HELD && r.bytes <= BUDGET).map((r) => r.route);
  expect(within, "routes now within 150 kB: take them out of HELD").toEqual([]);
  const gone = Object.keys(HELD).filter((route) => !routes.some((r) => r.route === route));
  expect(gone, "routes in HELD that the build no longer has").toEqual([]);
});
