// The figures one page reads (the dashboard's view, the goals, the official figures) are all of one rollup
// version, read once per server render; outside a render (jobs, exports, tests) it is read at every call, and
// the next render reads it afresh, so a write shows on the next page. Rendered with the react-server
// condition, as Next.js renders a page.
import { afterAll, describe, expect, it, vi } from "vitest";

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/declarations/rollups", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/declarations/rollups")>();
  return {
    ...actual,
    rollupVersion: (...args: Parameters<typeof actual.rollupVersion>) => {
      reads.count++;
      return actual.rollupVersion(...args);
    },
  };
});

const { renderToReadableStream } = await import("next/dist/compiled/react-server-dom-webpack/server.node");
const { createElement } = await import("react");
const { db } = await import("@/lib/server/db");
const { bumpRollupVersion } = await import("@/lib/server/declarations/rollups");
const { cachedAtRollupVersion, clearViewCache } = await import("./view-cache");

afterAll(() => db.$disconnect());

/** Three cached figures, as a page's view, goals and official figures are. */
async function readFigures(computed: string[]) {
  const values = [];
  for (const key of ["view", "goals", "official"]) {
    values.push(
      await cachedAtRollupVersion(db, key, async () => {
        computed.push(key);
        return key;
      }),
    );
  }
  return values;
}

async function render(computed: string[]) {
  async function Figures() {
    return createElement("p", null, (await readFigures(computed)).join(","));
  }
  const stream = renderToReadableStream(createElement(Figures), {});
  return new Response(stream).text();
}

describe("the figures cache's version", () => {
  it("is read once per render, and again at the next render, which sees a write", async () => {
    clearViewCache();
    const computed: string[] = [];
    reads.count = 0;
    expect(await render(computed)).toContain("view,goals,official");
    expect(reads.count).toBe(1);
    expect(computed).toEqual(["view", "goals", "official"]);

    // The next request reads the version again, and uses what the first one cached.
    await render(computed);
    expect(reads.count).toBe(2);
    expect(computed).toHaveLength(3);

    // After a write, the next request computes every figure afresh.
    await bumpRollupVersion(db);
    await render(computed);
    expect(reads.count).toBe(3);
    expect(computed).toEqual(["view", "goals", "official", "view", "goals", "official"]);
  });

  it("is read at every call outside a render", async () => {
    reads.count = 0;
    await readFigures([]);
    expect(reads.count).toBe(3);
  });
});
