// Rendering a merchant page runs three server components that each ask who is
// signed in (the merchant layout, the approved-merchant layout and the page).
// Inside one React server render they must share one database load. This
// file runs with the react-server condition (see vitest.config.ts), so React's
// real request cache is in force, as it is under Next.js.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/auth/session-user", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/auth/session-user")>();
  return {
    ...real,
    loadSessionUser: (...args: Parameters<typeof real.loadSessionUser>) => {
      loads.count += 1;
      return real.loadSessionUser(...args);
    },
  };
});
vi.mock("next/navigation", async () => (await import("@/lib/testing/rsc")).unexpectedNavigation);

const { createElement } = await import("react");
const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { default: MerchantLayout } = await import("@/app/merchant/layout");
const { default: ApprovedLayout } = await import("@/app/merchant/(approved)/layout");
const { default: MerchantHome } = await import("@/app/merchant/(approved)/page");

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
});
afterAll(() => db.$disconnect());

/** Renders the components as Next.js nests them for /merchant, in one React server render. */
async function renderMerchantHome() {
  async function Request() {
    await MerchantLayout({ children: null });
    await ApprovedLayout({ children: null });
    await MerchantHome();
    return null;
  }
  await renderFlight(createElement(Request));
}

describe("the session user", () => {
  it("is loaded from the database once per request, however many components ask", async () => {
    loads.count = 0;
    await renderMerchantHome();
    expect(loads.count).toBe(1);
  });

  it("is loaded again for the next request", async () => {
    loads.count = 0;
    await renderMerchantHome();
    await renderMerchantHome();
    expect(loads.count).toBe(2);
  });
});
