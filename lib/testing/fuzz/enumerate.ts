// Every server action and route handler, found on disk: a new one without a
// fuzz entry fails the fuzz tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SKIP = new Set(["node_modules", "generated", "testing", ".next", ".tmp"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const source = (file: string) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file);
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Files whose first statement is "use server": each exported function is a server action. */
export function serverActionFiles(): string[] {
  return ["app", "lib", "components"]
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((file) => source(file) && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")))
    .map(relative)
    .sort();
}

/** Route handlers: app/**\/route.ts; each exported HTTP method is a target. */
export function routeFiles(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((file) => /[/\\]route\.tsx?$/.test(file))
    .map(relative)
    .sort();
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The module of a file found above, loaded as the app loads it. */
export const loadModule = (file: string): Promise<Record<string, unknown>> =>
  import(/* @vite-ignore */ path.join(ROOT, file));
