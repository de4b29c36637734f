import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { sessionStub } from "@/lib/testing/next-stubs";
import { parseCsv } from "@/lib/csv/parse";
import { makeEvent } from "@/lib/testing/event-fixtures";
import { GET } from "./route";

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const get = (query = "") => GET(new Request(`http://localhost/admin/events/export${query}`));
/** The slugs in the CSV, in its order (the third column). */
const slugs = async (res: Response) => parseCsv(await res.text()).rows.map((row) => row[2]);

const DAY = 86_400_000;
let made: { slug: string; status: string; startsAt: Date }[];

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await db.event.deleteMany({});
  made = [];
  for (const [i, status] of (["PUBLISHED", "DRAFT", "PUBLISHED", "CANCELLED", "PUBLISHED"] as const).entries()) {
    made.push(await makeEvent(db, { status, startsAt: new Date(Date.UTC(2027, 0, 1) + i * DAY) }));
  }
});
afterAll(() => db.$disconnect());

describe("GET /admin/events/export", () => {
  it("refuses visitors and merchants", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);
    sessionStub.userId = await userId("merchant@example.com");
    expect((await get()).status).toBe(403);
  });

  it("holds every event the status filter matches, in the list's order", async () => {
    sessionStub.userId = await userId("operator@example.com");
    const published = made.filter((e) => e.status === "PUBLISHED");
    // Latest start first by default; earliest first when sorted by date ascending.
    expect(await slugs(await get("?status=PUBLISHED"))).toEqual(published.map((e) => e.slug).reverse());
    expect(await slugs(await get("?status=PUBLISHED&sort=date&dir=asc&size=20&page=2"))).toEqual(
      published.map((e) => e.slug),
    );
    expect(await slugs(await get())).toHaveLength(made.length);
    // An order that is not a column is the default order, not an error.
    const odd = await get("?sort=createdById&dir=sideways");
    expect(odd.status).toBe(200);
    expect(await slugs(odd)).toEqual(made.map((e) => e.slug).reverse());
  });
});
