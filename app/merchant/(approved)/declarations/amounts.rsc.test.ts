// Issue 12: "Units are repeated in every cell". The merchant's declaration list shows each amount as a
// bare number in its currency's decimals, the currency code in a column of its own, and the CNY column
// in one unit named once in its header. Rendered with the react-server condition, as Next.js renders it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// Client components are references on the server; the browser renders them.
vi.mock("@/components/ui/confirm-dialog", () => ({ ConfirmAction: () => null }));
vi.mock("@/components/dashboard/breakdown-grid", () => ({ BreakdownGrid: () => null }));
vi.mock("@/components/dashboard/folded-table", () => ({ FoldedTable: () => null }));
vi.mock("@/components/ui/compact-rows", () => ({ CompactRows: () => null }));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);
vi.mock("next/navigation", async () => (await import("@/lib/testing/rsc")).unexpectedNavigation);

const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { seedDeclarations } = await import("@/lib/seed/declarations");
const { default: DeclarationsPage } = await import("@/app/merchant/(approved)/declarations/page");

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedDeclarations(db);
  sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
});
afterAll(() => db.$disconnect());

describe("the declaration list's amounts", () => {
  it("name the CNY unit once in the header and the currency in its own column, not in each cell", async () => {
    ui.locale = "zh-CN";
    const page = await renderFlight(DeclarationsPage({ searchParams: Promise.resolve({}) }));
    expect(page).toMatch(/"折合人民币（(元|万元|亿元)）"/);
    expect(page).toMatch(/"th","currency",\{[^}]*"children":"币种"/);
    const cells = [
      ...page.matchAll(/\["\$","td",null,\{"className":"[^"]*tabular-nums"(?:,"title":"[^"]*")?,"children":"([^"]*)"/g),
    ].map((m) => m[1]);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).not.toMatch(/CNY|USD|EUR|元/);
  });
});
