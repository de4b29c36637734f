import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, clientNamespaces, pickMessages, type ClientArea } from "./client-messages";
import { GLOBAL_ERROR_TEXT } from "./global-error-text";
import { loadMessages } from "./messages";
import { LOCALES } from "./config";

// Follows every route file's imports to the "use client" files it renders and
// checks that each namespace they read with useTranslations is among what the
// nearest provider above them passes to the browser (a missing one would be
// next-intl's MISSING_MESSAGE in the browser).

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app");
const ROUTE_FILES = new Set(["page.tsx", "layout.tsx", "error.tsx", "not-found.tsx", "loading.tsx", "template.tsx"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [
    base,
    `${base}.tsx`,
    `${base}.ts`,
    path.join(base, "index.tsx"),
    path.join(base, "index.ts"),
  ]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
function source(file: string) {
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8"));
  return sources.get(file)!;
}

function imports(file: string): string[] {
  const specs = [...source(file).matchAll(/(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"|import\s+"([^"]+)"/g)];
  return specs.map((m) => resolveImport(file, m[1] ?? m[2])).filter((f): f is string => f !== null);
}

const isClient = (file: string) => /^\s*["']use client["']/.test(source(file));

/** The namespaces a client file reads: useTranslations("ns"), or each t("ns.key") of a bare useTranslations(). */
function namespacesRead(file: string): string[] {
  const text = source(file);
  const found = [...text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
  if (/useTranslations\(\s*\)/.test(text)) found.push(...[...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1]));
  return found;
}

/** Every client file a route file renders, with what it reads. */
function clientReads(entry: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}|${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const nowClient = client || isClient(file);
    if (nowClient) out.set(path.relative(ROOT, file), namespacesRead(file));
    for (const next of imports(file)) visit(next, nowClient);
  };
  visit(entry, false);
  return out;
}

/** The area a layout provides (`<ClientMessages area="…">`), if any. */
function providedArea(layout: string): ClientArea | null {
  if (!existsSync(layout)) return null;
  const m = source(layout).match(/<ClientMessages\s+area="(\w+)"/);
  return m ? (m[1] as ClientArea) : null;
}

/** The provider over a route file: the nearest layout that provides one (a layout is under its parent's only). */
function areaOver(file: string): ClientArea | null {
  let dir = path.dirname(file);
  if (path.basename(file) === "layout.tsx") {
    if (dir === APP) return null;
    dir = path.dirname(dir);
  }
  for (;;) {
    const area = providedArea(path.join(dir, "layout.tsx"));
    if (area) return area;
    if (dir === APP) return null;
    dir = path.dirname(dir);
  }
}

const covers = (provided: string[], ns: string) => provided.some((p) => ns === p || ns.startsWith(`${p}.`));

const routeFiles = walk(APP).filter((f) => ROUTE_FILES.has(path.basename(f)));

describe("client messages", () => {
  it("finds the route files and the client components they render", () => {
    expect(routeFiles.length).toBeGreaterThan(40);
    const all = new Set(routeFiles.flatMap((f) => [...clientReads(f).keys()]));
    expect(all).toContain("components/skus/sku-form.tsx");
    expect(all).toContain("components/feedback/error-panel.tsx");
  });

  it("gives every client component of every page the namespaces it reads", () => {
    const missing: string[] = [];
    for (const file of routeFiles) {
      const area = areaOver(file);
      const provided = area ? clientNamespaces(area) : [];
      for (const [client, namespaces] of clientReads(file)) {
        for (const ns of namespaces) {
          if (!covers(provided, ns))
            missing.push(`${path.relative(ROOT, file)} → ${client} reads "${ns}", not in ${area ?? "any provider"}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("every layout that provides names a known area, and every area is provided somewhere", () => {
    const layouts = routeFiles.filter((f) => path.basename(f) === "layout.tsx");
    const areas = layouts.map(providedArea).filter((a): a is ClientArea => a !== null);
    expect(areas.filter((a) => !(a in CLIENT_NAMESPACES))).toEqual([]);
    expect(Object.keys(CLIENT_NAMESPACES).filter((a) => !areas.includes(a as ClientArea))).toEqual([]);
    expect(providedArea(path.join(APP, "layout.tsx"))).toBe("root");
  });

  it("names only paths that exist in both catalogs", () => {
    for (const locale of LOCALES) {
      const messages = loadMessages(locale);
      for (const area of Object.keys(CLIENT_NAMESPACES) as ClientArea[]) {
        for (const ns of clientNamespaces(area)) {
          const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], messages);
          expect(value, `${locale} ${ns}`).toBeDefined();
        }
      }
    }
  });

  it("sends the admin dashboard only the error panel's messages, not the catalog", () => {
    const messages = loadMessages("zh-CN");
    const root = clientMessages(messages, "root");
    expect(root).toEqual({
      errors: { errorTitle: messages.errors.errorTitle, errorText: messages.errors.errorText },
      common: { retry: messages.common.retry },
      errorReference: messages.errorReference,
    });
    expect(JSON.stringify(clientMessages(messages, "merchant")).length).toBeLessThan(
      JSON.stringify(messages).length / 3,
    );
  });
});

describe("pickMessages", () => {
  const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };
  it("keeps only the given paths, whole namespaces or single messages", () => {
    expect(pickMessages(messages, ["a.b.c", "f"])).toEqual({ a: { b: { c: "1" } }, f: "4" });
    expect(pickMessages(messages, ["a.b", "a.b.c"])).toEqual({ a: { b: { c: "1", d: "2" } } });
    expect(pickMessages(messages, ["a.b.c", "a.b"])).toEqual({ a: { b: { c: "1", d: "2" } } });
    expect(pickMessages(messages, ["x.y"])).toEqual({});
  });
  it("copies, so the catalog cannot be changed through the result", () => {
    const picked = pickMessages(messages, ["a"]) as { a: { e: string } };
    picked.a.e = "changed";
    expect(messages.a.e).toBe("3");
  });
});

describe("global-error text", () => {
  it("equals the catalogs' errors.errorTitle, common.retry and errorReference.digest", () => {
    for (const locale of LOCALES) {
      const messages = loadMessages(locale);
      expect(GLOBAL_ERROR_TEXT[locale]).toEqual({
        errorTitle: messages.errors.errorTitle,
        retry: messages.common.retry,
        digest: messages.errorReference.digest,
      });
    }
  });
  it("is all app/global-error.tsx imports: no catalog reaches the browser through it", () => {
    const text = source(path.join(APP, "global-error.tsx"));
    expect(text).not.toMatch(/messages\//);
    expect(imports(path.join(APP, "global-error.tsx")).map((f) => path.relative(ROOT, f))).toEqual([
      "lib/i18n/global-error-text.ts",
    ]);
  });
});
