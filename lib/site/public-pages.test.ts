// The site map lists only pages every visitor gets, and robots.txt keeps
// crawlers out of every page that needs signing in: both held to the
// authorization matrix's table of pages (lib/testing/authorization/pages.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES } from "@/lib/testing/authorization/pages";
import { routePattern } from "../../e2e/support/routes";
import { PUBLIC_PAGES, ROBOTS_DISALLOW } from "./public-pages";

const ROOT = path.resolve(__dirname, "../..");

describe("the public pages the site map lists", () => {
  it("are pages on disk, at the path their file serves", () => {
    for (const page of PUBLIC_PAGES) {
      expect(existsSync(path.join(ROOT, page.file)), page.file).toBe(true);
      expect(routePattern(page.file)).toBe(page.path);
    }
  });

  it("are each open to a visitor who is not signed in", () => {
    for (const page of PUBLIC_PAGES) {
      const entry = PAGES[page.file];
      expect(entry, `${page.file} has no row in the authorization matrix`).toBeDefined();
      expect(entry.expect.anonymous, page.file).toBe("ok");
      expect(page.path, page.file).not.toMatch(/\[/);
    }
  });

  it("are never under a path robots.txt disallows", () => {
    for (const page of PUBLIC_PAGES)
      expect(
        ROBOTS_DISALLOW.some((prefix) => page.path.startsWith(prefix)),
        page.path,
      ).toBe(false);
  });

  it("leave out every page a visitor does not get: robots.txt disallows each of them", () => {
    const closed = Object.entries(PAGES)
      .filter(([, entry]) => entry.expect.anonymous !== "ok")
      .map(([file]) => routePattern(file));
    expect(closed.length).toBeGreaterThan(20);
    const uncovered = closed.filter((p) => !ROBOTS_DISALLOW.some((prefix) => p.startsWith(prefix)));
    expect(uncovered).toEqual([]);
    expect(PUBLIC_PAGES.filter((p) => closed.includes(p.path))).toEqual([]);
  });
});
