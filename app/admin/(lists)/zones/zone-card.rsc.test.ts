// Issue 12: "Units are repeated in every cell". A zone card shows its zone's and parks' volumes as bare
// numbers in the page's one unit, which the page names once above the cards. Rendered with the
// react-server condition, as Next.js renders it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// Client components are references on the server; the browser renders them.
vi.mock("./designate-form", () => ({ DesignateForm: () => null }));
vi.mock("./zone-forms", () => ({ MoveParkForm: () => null }));

const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { getZoneSystem } = await import("@/lib/server/zones/get-zone-system");
const { getFigureScales } = await import("@/components/dashboard/scales");
const { ZoneCard } = await import("./zone-card");

beforeAll(() => seedDemo(db, { passwordHash: "unused" }));
afterAll(() => db.$disconnect());

describe("a zone card's volumes", () => {
  it("are bare numbers in the page's one unit, not each with 亿元 or 万元", async () => {
    ui.locale = "zh-CN";
    const zone = (await getZoneSystem()).demonstration.find((z) => z.parks.length >= 2)!;
    // 1.23亿元 for the zone, 4,560万元 and 0.5亿元 for its parks: one scale, 亿元 with two decimals.
    const volumes = [12_300_000_000n, 4_560_000_000n, 5_000_000_000n];
    const scale = (await getFigureScales("zh-CN")).cny(volumes);
    const card = await renderFlight(
      ZoneCard({
        zone,
        locale: "zh-CN",
        canEdit: false,
        year: 2026,
        volume: volumes[0],
        parkVolume: (id) => (id === zone.parks[0].id ? volumes[1] : volumes[2]),
        formatVolume: scale.format,
        zoneOptions: [],
        actions: { designate: async () => ({}) as never, movePark: async () => ({}) as never },
      }),
    );
    expect(scale.unitLabel).toBe("亿元");
    expect(card).toContain('"2026年：1.23"');
    expect(card).toContain("0.46");
    expect(card).not.toMatch(/亿元|万元/);
  });
});
