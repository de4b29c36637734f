// `node scripts/js-budget.mjs`: every page route's first-load JavaScript
// (gzip) in the current build, largest first (lib/testing/first-load-js.mjs).
import { firstLoadJs } from "../lib/testing/first-load-js.mjs";

for (const { route, bytes } of firstLoadJs()) console.log(`${(bytes / 1000).toFixed(1).padStart(7)} kB  ${route}`);
