// The dashboard's map, rendered with the react-server condition as Next.js renders it: the page sends
// only the circles, the legend and the labels; the base map (land and the South China Sea islands
// inset) is one image fetched from /maps/world.svg, never the country paths inline.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const ui = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// Client components are references on the server; the browser renders them.
vi.mock("@/components/dashboard/print-button", () => ({ PrintButton: () => null }));
vi.mock("@/components/forms/submit-button", () => ({ SubmitButton: () => null }));
vi.mock("@/components/ui/compact-rows", () => ({ CompactRows: () => null }));
vi.mock("@/components/dashboard/folded-table", () => ({ FoldedTable: () => null }));
// The breakdowns are described to the browser by their props; a client reference stands for them here.
vi.mock("@/components/dashboard/breakdown-grid", async () => {
  const { createElement } = await import("react");
  return { BreakdownGrid: (props: object) => createElement("breakdown-grid", props) };
});
// The browser draws the market circles from the list the server computes (map-markers.tsx); here they are
// drawn the same way, so that the payload shows what the map holds.
vi.mock("@/components/maps/map-markers", async () => {
  const { createElement } = await import("react");
  return {
    MapMarkers: ({ classes }: { classes: { fill: string; r: number; markers: [number, number, string][] }[] }) =>
      createElement(
        "g",
        null,
        classes.flatMap(({ fill, r, markers }) =>
          markers.map(([cx, cy, title]) =>
            createElement("circle", { key: `${cx},${cy}`, cx, cy, r, fill }, createElement("title", null, title)),
          ),
        ),
      ),
  };
});
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);
vi.mock("next/navigation", async () => (await import("@/lib/testing/rsc")).unexpectedNavigation);

const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { default: AdminDashboard } = await import("@/app/admin/(dashboard)/page");
const { WorldMap } = await import("@/components/maps/world-map");

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
  sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
});
afterAll(() => db.$disconnect());

/** A server component's render for one request (the RSC payload), as text. */
const render = (element: Promise<React.ReactNode> | React.ReactNode) => renderFlight(element);

const count = (text: string, element: string) => text.split(`["$","${element}",`).length - 1;

describe("the dashboard's map", () => {
  it("sends circles over one cached base image, not the country paths", async () => {
    ui.locale = "en";
    const page = await render(AdminDashboard({ searchParams: Promise.resolve({ year: "2023" }) }));
    expect(page).toContain('"aria-label":"Map of declared volume by country and region, 2023"');
    // The charts draw a few paths; the old map drew one for each of 177 countries.
    expect(count(page, "path")).toBeLessThan(20);
    expect(page).toMatch(/"href":"\/maps\/world\.svg\?v=[0-9a-f]{12}"/);
    expect(count(page, "circle")).toBeGreaterThan(20);
    expect(page).toMatch(/"United States[^:"]*: 2\.09 billion CNY"/);
    // A legend with ranges in the page's units, and the schematic label and inset.
    expect(page).toMatch(/"Under [\d.]+ (million|billion) CNY"/);
    expect(page).toMatch(/"[\d.]+ (million|billion) CNY to [\d.]+ (million|billion) CNY"/);
    expect(page).toMatch(/"[\d.]+ (million|billion) CNY and over"/);
    expect(page).toContain('"Schematic map"');
    expect(page).toContain('"South China Sea Islands"');
    console.info(`dashboard RSC payload (en, 2023): ${Buffer.byteLength(page)} bytes`);
  });

  it("reads in Chinese: 亿元 ranges, 示意图 and 南海诸岛", async () => {
    ui.locale = "zh-CN";
    const page = await render(AdminDashboard({ searchParams: Promise.resolve({ year: "2023" }) }));
    expect(page).toContain('"aria-label":"2023年各国家和地区的申报额分布图"');
    expect(page).toMatch(/"低于[\d.,]+(万|亿)元"/);
    expect(page).toMatch(/"[\d.,]+(万|亿)元至[\d.,]+(万|亿)元"/);
    expect(page).toMatch(/"[\d.,]+(万|亿)元及以上"/);
    expect(page).toContain('"示意图"');
    expect(page).toContain('"南海诸岛"');
    expect(page).toContain("美国：20.91亿元");
    // The charts draw a few paths; the old map drew one for each of 177 countries.
    expect(count(page, "path")).toBeLessThan(20);
    console.info(`dashboard RSC payload (zh-CN, 2023): ${Buffer.byteLength(page)} bytes`);
  });
});

describe("the dashboard's payload", () => {
  it("carries the breakdown tables' headers and values, not their box, header and column classes", async () => {
    ui.locale = "en";
    const page = await render(AdminDashboard({ searchParams: Promise.resolve({ year: "2023" }) }));
    // The six breakdowns are client components (breakdown-grid.tsx): the page names them with their words
    // and values only; their classes are in the script once. Drawn as server components, each table's
    // scroll box, sticky first column and header cells repeated some 900 bytes of classes.
    expect(page).toMatch(
      /"scrollLabel":"Demonstration zones, scrolls sideways","columns":\[\{"label":"Zone","kind":"name"\}/,
    );
    expect(page).not.toContain("overflow-x-auto");
    expect(page).not.toContain("[&_tr>:first-child]:sticky");
    expect(page).not.toContain("text-emerald-800");
  });
});

describe("the map's names", () => {
  it("are the GB/T 2659 names the pages pass, Taiwan, Hong Kong and Macao as regions of China", async () => {
    const { countryName } = await import("@/lib/reference/countries");
    const values = { TW: 5, HK: 50, MO: 1, EH: 2, CN: 100 };
    ui.locale = "zh-CN";
    const zh = await render(
      WorldMap({ values, label: "地图", nameOf: (c) => countryName(c, "zh-CN") ?? c, formatValue: String }),
    );
    for (const name of ["中国台湾：5", "中国香港：50", "中国澳门：1", "西撒哈拉：2"]) expect(zh).toContain(name);
    expect(zh).not.toContain("台湾省");
    ui.locale = "en";
    const en = await render(
      WorldMap({ values, label: "Map", nameOf: (c) => countryName(c, "en") ?? c, formatValue: String }),
    );
    for (const name of ["Taiwan, China: 5", "Hong Kong, China: 50", "Macao, China: 1"]) expect(en).toContain(name);
  });
});
