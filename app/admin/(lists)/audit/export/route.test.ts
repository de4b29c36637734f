import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET } from "./route";

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const get = (query = "") => GET(new Request(`http://localhost/admin/audit/export${query}`));

let ours: { id: string; uscc: string };
let theirs: { id: string; uscc: string };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  const select = { id: true, uscc: true } as const;
  ours = await db.merchant.findFirstOrThrow({ where: { parkId: operator.parkId! }, select });
  theirs = await db.merchant.findFirstOrThrow({ where: { parkId: { not: operator.parkId! } }, select });
  const staffId = await userId("staff@example.com");
  for (const m of [ours, theirs])
    await recordAudit(db, { actorId: staffId, action: "merchant.approve", entityType: "Merchant", entityId: m.id });
});
afterAll(() => db.$disconnect());

describe("GET /admin/audit/export", () => {
  it("refuses visitors and merchants", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);
    sessionStub.userId = await userId("merchant@example.com");
    expect((await get()).status).toBe(403);
  });

  it("gives a park operator its park's entries only, never another park's", async () => {
    sessionStub.userId = await userId("operator@example.com");
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const csv = await res.text();
    expect(csv).toContain(ours.uscc);
    expect(csv).not.toContain(theirs.uscc);
    // Naming the other park's company finds nothing either.
    expect(await (await get(`?merchant=${theirs.uscc}`)).text()).not.toContain(theirs.uscc);
  });

  it("gives staff every entry, as filtered", async () => {
    sessionStub.userId = await userId("staff@example.com");
    const all = await (await get()).text();
    expect(all).toContain(ours.uscc);
    expect(all).toContain(theirs.uscc);
    const one = await (await get(`?merchant=${theirs.uscc}&action=merchant.approve`)).text();
    expect(one.trim().split("\r\n")).toHaveLength(2);
    expect(one).toContain(theirs.uscc);
  });
});
