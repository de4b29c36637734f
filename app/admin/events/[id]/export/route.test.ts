import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { sessionStub } from "@/lib/testing/next-stubs";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { parseCsv } from "@/lib/csv/parse";
import { GET } from "./route";

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const get = (id: string, query = "") =>
  GET(new Request(`http://localhost/admin/events/${id}/export${query}`), { params: Promise.resolve({ id }) });
/** The companies' USCCs in the CSV, in its order (the second column). */
const usccs = async (res: Response) => parseCsv(await res.text()).rows.map((row) => row[1]);

let eventId: string;
const ours: string[] = [];
const theirs: string[] = [];

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const operatorPark = (await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } })).parkId!;
  const otherPark = (await db.park.findFirstOrThrow({ where: { id: { not: operatorPark } } })).id;
  eventId = (await makeEvent(db, { capacity: 50 })).id;
  // Signed up one after the other, alternating parks; the second of each park waitlisted.
  for (const [i, parkId] of [operatorPark, otherPark, operatorPark, otherPark].entries()) {
    const m = await makeMerchant(db, { parkId });
    await db.signup.create({
      data: {
        eventId,
        merchantId: m.merchantId,
        seats: i + 1,
        attendeeNames: '["张伟"]',
        status: i < 2 ? "CONFIRMED" : "WAITLISTED",
        waitlistSeq: i < 2 ? null : i,
        createdAt: new Date(Date.UTC(2026, 10, 1, i)),
      },
    });
    const { uscc } = await db.merchant.findUniqueOrThrow({ where: { id: m.merchantId } });
    (parkId === operatorPark ? ours : theirs).push(uscc);
  }
});
afterAll(() => db.$disconnect());

describe("GET /admin/events/[id]/export", () => {
  it("refuses visitors and merchants, and finds no event that is not there", async () => {
    sessionStub.userId = null;
    expect((await get(eventId)).status).toBe(401);
    sessionStub.userId = await userId("merchant@example.com");
    expect((await get(eventId)).status).toBe(403);
    sessionStub.userId = await userId("staff@example.com");
    expect((await get("no-such-event")).status).toBe(404);
  });

  it("gives a park operator its own park's companies only", async () => {
    sessionStub.userId = await userId("operator@example.com");
    expect(await usccs(await get(eventId))).toEqual(ours);
  });

  it("gives staff every signup the status filter matches, in the list's order", async () => {
    sessionStub.userId = await userId("staff@example.com");
    expect(await usccs(await get(eventId))).toEqual([ours[0], theirs[0], ours[1], theirs[1]]);
    expect(await usccs(await get(eventId, "?status=WAITLISTED"))).toEqual([ours[1], theirs[1]]);
    expect(await usccs(await get(eventId, "?sort=seats&dir=desc&page=2"))).toEqual([
      theirs[1],
      ours[1],
      theirs[0],
      ours[0],
    ]);
  });
});
