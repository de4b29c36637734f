import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirectTarget } from "@/lib/testing/next-stubs";

// The request the action runs in: the address the portal's server appended last.
const request = { forwardedFor: "203.0.113.10" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-for": request.forwardedFor }),
  cookies: async () => ({ get: () => undefined }),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { usccCheckChar } = await import("@/lib/validation/uscc");
const { ADDRESS_LIMITS } = await import("@/lib/server/rate-limit");
const { registerAction } = await import("@/app/(public)/register/actions");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");

let xiyongId = "";
let platformId = "";
let serial = 0;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  xiyongId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  platformId = (await db.platform.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).id;
});
afterAll(() => db.$disconnect());

function form() {
  serial++;
  const first17 = `91500108MA${String(3000000 + serial).slice(-7)}`;
  const fields = {
    nameZh: `重庆限流测试${serial}贸易有限公司`,
    uscc: first17 + usccCheckChar(first17),
    parkId: xiyongId,
    platformIds: platformId,
    hsChapters: "85",
    contactName: "周敏",
    contactPhone: "13800138000",
    email: `limited.owner${serial}@example.com`,
    password: "a long enough passphrase",
    privacyConsent: "on",
  };
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function submit(f: FormData) {
  // Sent as a person would, some seconds after the form was shown (lib/server/forms/human-time.ts).
  if (!f.has("formShownAt")) f.set("formShownAt", shownSecondsAgo("register"));
  try {
    return { state: await registerAction({}, f) };
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect !== null) return { redirect };
    throw error;
  }
}

describe("registration per client address", () => {
  it("refuses an address past its limit with a clear message, creating nothing, and lets other addresses register", async () => {
    const { limit } = ADDRESS_LIMITS.register;
    for (let i = 0; i < limit; i++) {
      // The client rotates its own X-Forwarded-For entry; the address appended last is what counts.
      request.forwardedFor = `10.7.${i}.1, 203.0.113.10`;
      expect(await submit(form())).toEqual({ redirect: "/register/sent" });
    }
    request.forwardedFor = "10.7.200.1, 203.0.113.10";
    const refused = form();
    expect(await submit(refused)).toEqual({
      state: expect.objectContaining({
        ok: false,
        message: "Too many registrations from your network. Please try again in 60 minutes.",
        values: expect.objectContaining({ email: refused.get("email") }),
      }),
    });
    expect(await db.user.findUnique({ where: { email: String(refused.get("email")) } })).toBeNull();
    expect(await db.merchant.findFirst({ where: { uscc: String(refused.get("uscc")) } })).toBeNull();

    request.forwardedFor = "203.0.113.11";
    expect(await submit(form())).toEqual({ redirect: "/register/sent" });
  });
});
