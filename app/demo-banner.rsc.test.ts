// The root layout shows the demo-data banner on every page while the demo
// accounts (published password) exist, and not otherwise. Rendered with the
// react-server condition (see vitest.config.ts), as Next.js renders it.
import { afterAll, describe, expect, it, vi } from "vitest";

// The provider hands messages to client components; it needs Next.js's plugin config, and no message here.
vi.mock("next-intl", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  NextIntlClientProvider: ({ children }: { children: unknown }) => children,
}));

// The request id proxy.ts sets, which the layout hands to the error panel (a client provider, like the one above).
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  headers: async () => new Headers({ "x-request-id": "0123456789abcdef" }),
}));
vi.mock("@/components/feedback/request-id", () => ({
  RequestIdProvider: ({ children }: { children: unknown }) => children,
}));

// The footer's links: next/link is a client component, and a plain anchor stands in for it.
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);

const { createElement } = await import("react");
const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { default: RootLayout } = await import("@/app/layout");

afterAll(() => db.$disconnect());

/** The root layout's server render for one request, as text. */
const renderRootLayout = () => renderFlight(createElement(RootLayout, { children: null }));

const BANNER = "these accounts use a published password. Do not use this installation for real data.";

describe("the demo-data banner", () => {
  it("is absent while no demo account exists", async () => {
    const page = await renderRootLayout();
    expect(page).toContain("Skip to");
    expect(page).not.toContain(BANNER);
    // The footer is the root layout's, on every page (and not again in each area's layout).
    expect(page).toContain('"href":"/privacy"');
  });

  it("is on every page, as a status, once the demo accounts exist", async () => {
    await seedDemo(db, { passwordHash: "unused" });
    const page = await renderRootLayout();
    expect(page).toContain(BANNER);
    expect(page).toMatch(/"role":"status"/);
  });
});
