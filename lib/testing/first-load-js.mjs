// First-load JavaScript per page route, read from the production build in
// .next/: the framework's chunks every page loads (build-manifest.json's
// rootMainFiles) and the chunks of every segment the route renders (its
// client reference manifest's entryJSFiles: layouts, error and not-found
// boundaries, global-error, the page), each counted once, gzip-compressed
// (level 9, as Next.js measured "First Load JS"). Polyfills are left out:
// only browsers without ES modules load them. `node scripts/js-budget.mjs`
// prints the table; e2e/js-budget.spec.ts holds every route to its budget.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** "/(public)/events/[slug]/page" → "/events/[slug]": the route as its URL reads, without route groups. */
export function routeName(manifestKey) {
  const parts = manifestKey
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join("/")}`;
}

function manifestFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) found.push(...manifestFiles(p));
    else if (name === "page_client-reference-manifest.js") found.push(p);
  }
  return found;
}

/** Every page route's first-load JavaScript: [{ route, bytes, chunks }], largest first. */
export function firstLoadJs(nextDir = path.join(ROOT, ".next")) {
  if (!existsSync(path.join(nextDir, "BUILD_ID"))) throw new Error(`No production build in ${nextDir}: run next build`);
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8"));
  const gzipped = new Map();
  const size = (chunk) => {
    if (!gzipped.has(chunk)) {
      gzipped.set(chunk, gzipSync(readFileSync(path.join(nextDir, chunk)), { level: 9 }).length);
    }
    return gzipped.get(chunk);
  };
  const routes = [];
  for (const file of manifestFiles(path.join(nextDir, "server/app"))) {
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST[key]; run it against a stand-in.
    const scope = {};
    new Function("globalThis", readFileSync(file, "utf8"))(scope);
    for (const [key, manifest] of Object.entries(scope.__RSC_MANIFEST ?? {})) {
      const chunks = new Set(build.rootMainFiles);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const c of list) chunks.add(c);
      const bytes = [...chunks].reduce((sum, c) => sum + size(c), 0);
      routes.push({ route: routeName(key), bytes, chunks: [...chunks] });
    }
  }
  return routes.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route));
}
