import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { requireRole, requireActiveMerchant, getSessionUser, AuthorizationError } =
  await import("@/lib/server/auth/guards");
const { homePathFor } = await import("@/lib/server/auth/session-user");
const { designateZoneAction } = await import("@/app/admin/(lists)/zones/actions");

const ids: Record<string, string> = {};
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
});
afterAll(() => db.$disconnect());

const as = (email: string | null) => {
  sessionStub.userId = email ? ids[email] : null;
};

describe("role helpers", () => {
  it("refuse a visitor without a session", async () => {
    as(null);
    expect(await getSessionUser()).toBeNull();
    await expect(requireRole(["STAFF"])).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("let staff through and refuse a merchant", async () => {
    as("staff@example.com");
    expect((await requireRole(["STAFF"])).email).toBe("staff@example.com");
    as("merchant@example.com");
    await expect(requireRole(["STAFF"])).rejects.toBeInstanceOf(AuthorizationError);
    await expect(requireRole(["STAFF", "PARK_OPERATOR"])).rejects.toMatchObject({ code: "forbidden" });
  });

  it("give an operator its park and no merchant", async () => {
    as("operator@example.com");
    const user = await requireRole(["PARK_OPERATOR"]);
    const xiyong = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
    expect(user.parkId).toBe(xiyong.id);
    expect(user.merchant).toBeNull();
    expect(homePathFor(user)).toBe("/admin");
  });

  it("only count an approved, active merchant as active", async () => {
    as("merchant@example.com");
    const active = await requireActiveMerchant();
    expect(homePathFor(active)).toBe("/merchant");
    as("pending@example.com");
    await expect(requireActiveMerchant()).rejects.toMatchObject({ code: "forbidden" });
    expect(homePathFor((await getSessionUser())!)).toBe("/merchant/status");
  });

  it("see a suspension at once, without a new sign-in", async () => {
    as("merchant@example.com");
    const user = (await getSessionUser())!;
    await db.merchant.update({ where: { id: user.merchant!.id }, data: { accountState: "SUSPENDED" } });
    await expect(requireActiveMerchant()).rejects.toMatchObject({ code: "forbidden" });
    await db.merchant.update({ where: { id: user.merchant!.id }, data: { accountState: "ACTIVE" } });
  });

  it("treat a disabled user as signed out", async () => {
    as("pending@example.com");
    await db.user.update({ where: { id: ids["pending@example.com"] }, data: { disabled: true } });
    expect(await getSessionUser()).toBeNull();
    await db.user.update({ where: { id: ids["pending@example.com"] }, data: { disabled: false } });
  });
});

describe("a staff action called directly", () => {
  const form = (zoneId: string, year: string) => {
    const f = new FormData();
    f.set("zoneId", zoneId);
    f.set("year", year);
    return f;
  };

  it("refuses a merchant and an operator, and changes nothing", async () => {
    const planned = await db.zone.findFirstOrThrow({ where: { status: "PLANNED" } });
    for (const email of ["merchant@example.com", "operator@example.com", null]) {
      as(email);
      const state = await designateZoneAction({}, form(planned.id, "2025"));
      expect(state).toEqual({ ok: false, message: "Only commission staff can change zones." });
    }
    expect((await db.zone.findUniqueOrThrow({ where: { id: planned.id } })).status).toBe("PLANNED");
    expect(await db.auditLog.count({ where: { entityId: planned.id } })).toBe(0);
  });

  it("rejects a bad year with a field error and changes nothing", async () => {
    as("staff@example.com");
    const planned = await db.zone.findFirstOrThrow({ where: { status: "PLANNED" } });
    const state = await designateZoneAction({}, form(planned.id, "20x5"));
    expect(state.fieldErrors?.year).toBe("Enter a year between 2015 and 2030.");
    expect((await db.zone.findUniqueOrThrow({ where: { id: planned.id } })).status).toBe("PLANNED");
  });

  it("lets staff designate a planned zone once, with an audit entry", async () => {
    as("staff@example.com");
    const planned = await db.zone.findFirstOrThrow({ where: { status: "PLANNED" } });
    const state = await designateZoneAction({}, form(planned.id, "2025"));
    expect(state.ok).toBe(true);
    expect(await db.zone.findUniqueOrThrow({ where: { id: planned.id } })).toMatchObject({
      status: "DESIGNATED",
      designatedYear: 2025,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: planned.id } });
    expect(audit).toMatchObject({ action: "zone.designate", actorId: ids["staff@example.com"] });
    const again = await designateZoneAction({}, form(planned.id, "2025"));
    expect(again).toEqual({ ok: false, message: "That zone no longer exists or is not planned." });
  });
});
