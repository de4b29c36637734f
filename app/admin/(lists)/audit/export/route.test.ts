import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { sessionStub } from "@/lib/testing/next-stubs";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { parseCsv } from "@/lib/csv/parse";
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

  it("follows the list's sort, not only its filters", async () => {
    sessionStub.userId = await userId("staff@example.com");
    const actions = parseCsv(await (await get("?sort=action&dir=asc")).text()).rows.map((r) => r[2]);
    expect(actions.length).toBeGreaterThan(1);
    const reversed = parseCsv(await (await get("?sort=action&dir=desc")).text()).rows.map((r) => r[2]);
    expect(reversed).not.toEqual(actions);
  });

  it("refuses a search that matches more than the cap with a message, rather than a cut-short file", async () => {
    sessionStub.userId = await userId("staff@example.com");
    const add = async (n: number, from: number) =>
      db.auditLog.createMany({
        data: Array.from({ length: n }, (_, i) => ({
          action: "goal.update",
          entityType: "Goal",
          entityId: `cap-${from + i}`,
        })),
      });
    const before = await db.auditLog.count({ where: { action: "goal.update" } });
    await add(EXPORT_ROW_CAP - before, 0);
    // At the cap exactly, the file holds every row.
    const full = await get("?action=goal.update");
    expect(full.status).toBe(200);
    expect(parseCsv(await full.text()).rows).toHaveLength(EXPORT_ROW_CAP);
    await add(1, EXPORT_ROW_CAP);
    const res = await get("?action=goal.update");
    expect(res.status).toBe(422);
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe(
      "This export would have 50,001 rows; at most 50,000 can be exported at once. Narrow the filters and try again.",
    );
  }, 180_000);
});
