import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redirectTarget, sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { resolveActor } = await import("@/lib/server/auth/actor");
const { requireRole } = await import("@/lib/server/auth/guards");
const { default: AdminLayout } = await import("@/app/admin/layout");
const { default: AccountPage } = await import("@/app/(public)/account/page");
const { designateZoneAction } = await import("@/app/admin/(lists)/zones/actions");

let bareOperator = "";
let bareStaff = "";
let enrolledStaff = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const park = await db.park.findFirstOrThrow();
  bareOperator = (
    await db.user.create({
      data: {
        email: "bare-operator@example.com",
        name: "未设置",
        passwordHash: "x",
        role: "PARK_OPERATOR",
        parkId: park.id,
      },
    })
  ).id;
  bareStaff = (
    await db.user.create({
      data: { email: "bare-staff@example.com", name: "未设置", passwordHash: "x", role: "STAFF" },
    })
  ).id;
  enrolledStaff = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
});
afterAll(() => db.$disconnect());

const redirectOf = async (render: () => Promise<unknown>) => {
  try {
    await render();
    return null;
  } catch (error) {
    return redirectTarget(error);
  }
};
const designate = async () => {
  const zone = await db.zone.findFirstOrThrow({ where: { status: "PLANNED" } });
  const form = new FormData();
  form.set("zoneId", zone.id);
  form.set("year", "2025");
  return { zone, state: await designateZoneAction({}, form) };
};

describe("staff and operators without a second factor (ASVS 4.3.1)", () => {
  it("are sent from /admin to enrolment, on the server", async () => {
    sessionStub.userId = bareOperator;
    expect(await redirectOf(() => AdminLayout({ children: null }))).toBe("/account/mfa");
    sessionStub.userId = enrolledStaff;
    expect(await redirectOf(() => AdminLayout({ children: null }))).toBeNull();
  });

  it("may still open their own account, where they enrol", async () => {
    sessionStub.userId = bareOperator;
    expect(await redirectOf(() => AccountPage())).toBeNull();
  });

  it("are refused every staff or reviewer action, and change nothing", async () => {
    sessionStub.userId = bareOperator;
    expect(await resolveActor("reviewer")).toEqual({ ok: false, reason: "forbidden" });
    await expect(requireRole(["PARK_OPERATOR"])).rejects.toMatchObject({ code: "forbidden" });
    expect((await resolveActor("user")).ok).toBe(true);

    sessionStub.userId = bareStaff;
    const { zone, state } = await designate();
    expect(state).toEqual({ ok: false, message: "Only commission staff can change zones." });
    expect((await db.zone.findUniqueOrThrow({ where: { id: zone.id } })).status).toBe("PLANNED");
  });

  it("let an enrolled staff member act", async () => {
    sessionStub.userId = enrolledStaff;
    const { state } = await designate();
    expect(state.ok).toBe(true);
  });
});
