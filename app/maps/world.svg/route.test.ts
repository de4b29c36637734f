// The map's base image: served once to signed-in readers and kept for a year under its version; and
// the legend's classes (components/maps/bins.ts), which the map colours and sizes its circles by.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import geometry from "@/components/maps/world-geometry.json";
import points from "@/components/maps/market-points.json";
import { binIndex, valueBins } from "@/components/maps/bins";
import { GET } from "./route";

beforeAll(() => seedDemo(db, { passwordHash: "unused" }));
afterAll(() => db.$disconnect());

const get = (query = `?v=${geometry.version}`) => GET(new Request(`http://localhost/maps/world.svg${query}`));

describe("GET /maps/world.svg", () => {
  it("refuses a visitor who is not signed in", async () => {
    sessionStub.userId = null;
    const res = await get();
    expect(res.status).toBe(401);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("gives a signed-in reader the base map, cached for a year under the current version", async () => {
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("Cache-Control")).toBe("private, max-age=31536000, immutable");
    const svg = await res.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 \d+"/);
    // Land, the inset's frame, its coasts and its islands: no country outlines.
    expect(svg.split("<path").length - 1).toBe(3);
    expect(svg).toContain(`<rect x="${points.inset.x}" y="${points.inset.y}"`);
    expect(points.version).toBe(geometry.version);
  });

  it("is not kept long under another version", async () => {
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
    const res = await get("?v=old");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, no-cache");
  });
});

describe("the map's market points", () => {
  it("include the small markets, and Taiwan, Hong Kong and Macao as points, not shapes", () => {
    for (const code of ["CN", "TW", "HK", "MO", "SG", "US", "DE", "EH"]) expect(points.points).toHaveProperty(code);
  });
});

describe("the legend's classes", () => {
  it("are round ranges spread on a log scale, at most five", () => {
    const yuan = [3e5, 2.4e6, 8e7, 3.1e8, 9e8, 2.09e9];
    const { bins, thresholds } = valueBins(yuan);
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins[0]).toEqual({ kind: "below", to: thresholds[0] });
    expect(bins.at(-1)).toEqual({ kind: "atLeast", from: thresholds.at(-1) });
    for (const t of thresholds) expect(String(t)).toMatch(/^[125]0*$/);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    // Every value falls in a class, the smallest in the first and the largest in the last.
    expect(binIndex(3e5, thresholds)).toBe(0);
    expect(binIndex(2.09e9, thresholds)).toBe(bins.length - 1);
  });

  it("put a value on a threshold in the class that starts there", () => {
    const { thresholds } = valueBins([1, 3, 8, 40, 120]);
    expect(thresholds).toEqual([2, 5, 20, 50]);
    expect(binIndex(5, thresholds)).toBe(2);
    expect(binIndex(4.99, thresholds)).toBe(1);
  });

  it("use every round number when there are few", () => {
    expect(valueBins([1, 4]).bins).toEqual([
      { kind: "below", to: 2 },
      { kind: "atLeast", from: 2 },
    ]);
  });

  it("make one value its own class, and nothing of no values", () => {
    expect(valueBins([7, 7]).bins).toEqual([{ kind: "only", value: 7 }]);
    expect(valueBins([0, -1, Number.NaN]).bins).toEqual([]);
    expect(valueBins([3, 4]).bins).toEqual([{ kind: "between", from: 3, to: 4 }]);
  });
});
