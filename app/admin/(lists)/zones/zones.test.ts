import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { createParkAction, createZoneAction, moveParkAction } = await import("@/app/admin/(lists)/zones/actions");
const { getZoneVolumes } = await import("@/lib/server/zones/get-zone-volumes");
const { applyRollupDeltas } = await import("@/lib/server/declarations/rollups");

const ids: Record<string, string> = {};
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com"])
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
});
afterAll(() => db.$disconnect());

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const counts = async () => ({
  zones: await db.zone.count(),
  parks: await db.park.count(),
  audits: await db.auditLog.count(),
});
const expectRedirect = (action: Promise<unknown>, target: string) =>
  expect(action).rejects.toMatchObject({ digest: expect.stringContaining(target) });

describe("the 1+N zone system", () => {
  it("lets staff add a planned or a designated zone under the pilot zone, with an audit entry", async () => {
    sessionStub.userId = ids["staff@example.com"];
    await expectRedirect(
      createZoneAction(
        {},
        form({
          code: "cq-dz-11",
          nameZh: "璧山跨境电子商务示范区",
          nameEn: "Bishan CBEC Demonstration Zone",
          status: "PLANNED",
        }),
      ),
      "/admin/zones?added=zone",
    );
    const zone = await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-11" } });
    const pilot = await db.zone.findFirstOrThrow({ where: { kind: "PILOT" } });
    expect(zone).toMatchObject({ kind: "DEMONSTRATION", status: "PLANNED", designatedYear: null, parentId: pilot.id });
    expect(
      await db.auditLog.count({
        where: { action: "zone.create", entityId: zone.id, actorId: ids["staff@example.com"] },
      }),
    ).toBe(1);

    await expectRedirect(
      createZoneAction(
        {},
        form({ code: "CQ-DZ-12", nameZh: "长寿示范区", nameEn: "Changshou Zone", status: "DESIGNATED", year: "2025" }),
      ),
      "added=zone",
    );
    expect(await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-12" } })).toMatchObject({
      status: "DESIGNATED",
      designatedYear: 2025,
    });
  });

  it("refuses a taken code, a designated zone without its year, and anyone but staff; nothing changes", async () => {
    const before = await counts();
    sessionStub.userId = ids["staff@example.com"];
    const taken = await createZoneAction(
      {},
      form({ code: "CQ-DZ-01", nameZh: "重复", nameEn: "Dup", status: "PLANNED" }),
    );
    expect(taken.fieldErrors).toEqual({ code: "This code is already in use." });
    const noYear = await createZoneAction(
      {},
      form({ code: "CQ-DZ-13", nameZh: "x", nameEn: "", status: "DESIGNATED" }),
    );
    expect(noYear.fieldErrors).toMatchObject({
      nameEn: "This field is required.",
      year: "Enter the year a designated zone was designated.",
    });
    expect(noYear.values).toMatchObject({ code: "CQ-DZ-13", nameZh: "x" });
    sessionStub.userId = ids["operator@example.com"];
    expect(
      await createZoneAction({}, form({ code: "CQ-DZ-14", nameZh: "x", nameEn: "x", status: "PLANNED" })),
    ).toMatchObject({ ok: false, message: "Only commission staff can change zones and parks." });
    expect(await createParkAction({}, form({ code: "OP-PARK", zoneId: "x", nameZh: "x", nameEn: "x" }))).toMatchObject({
      ok: false,
    });
    expect(await counts()).toEqual(before);
  });

  it("lets staff add a park to a zone and move it to another; the zone's volume follows the park", async () => {
    sessionStub.userId = ids["staff@example.com"];
    const zone11 = await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-11" } });
    await expectRedirect(
      createParkAction(
        {},
        form({
          code: "BISHAN-ECOM",
          zoneId: zone11.id,
          nameZh: "璧山电商产业园",
          nameEn: "Bishan E-commerce Park",
          marketProcurementPilot: "on",
        }),
      ),
      "/admin/zones?added=park",
    );
    const park = await db.park.findUniqueOrThrow({ where: { code: "BISHAN-ECOM" } });
    expect(park).toMatchObject({ zoneId: zone11.id, marketProcurementPilot: true });
    expect(await db.auditLog.count({ where: { action: "park.create", entityId: park.id } })).toBe(1);

    // A declared month in the park's rollups counts for whichever zone the park is in.
    const month = `${new Date().getUTCFullYear()}-01`;
    await applyRollupDeltas(db, [
      {
        month,
        parkId: park.id,
        merchantId: "zones-test-merchant",
        customsMode: "9610",
        direction: "EXPORT",
        country: "US",
        count: 1,
        valueFen: 5_000n,
      },
    ]);
    const zone12 = await db.zone.findUniqueOrThrow({ where: { code: "CQ-DZ-12" } });
    expect((await getZoneVolumes()).zone(zone11.id)).toBe(5_000n);

    const state = await moveParkAction({}, form({ parkId: park.id, zoneId: zone12.id }));
    expect(state).toEqual({ ok: true, message: "Moved Bishan E-commerce Park to Changshou Zone." });
    expect((await db.park.findUniqueOrThrow({ where: { id: park.id } })).zoneId).toBe(zone12.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "park.move", entityId: park.id } });
    expect(JSON.parse(audit.details)).toEqual({ from: zone11.id, to: zone12.id });
    const volumes = await getZoneVolumes();
    expect([volumes.zone(zone11.id), volumes.zone(zone12.id)]).toEqual([0n, 5_000n]);

    expect(await moveParkAction({}, form({ parkId: park.id, zoneId: zone12.id }))).toEqual({
      ok: false,
      message: "The park is already in that zone.",
    });
    expect(await moveParkAction({}, form({ parkId: park.id, zoneId: "no-such-zone" }))).toEqual({
      ok: false,
      message: "That zone or park does not exist.",
    });
    expect(await db.auditLog.count({ where: { action: "park.move", entityId: park.id } })).toBe(1);
  });
});
