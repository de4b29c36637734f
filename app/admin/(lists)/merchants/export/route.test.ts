import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { sessionStub } from "@/lib/testing/next-stubs";
import { parseCsv } from "@/lib/csv/parse";
import { GET } from "./route";

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const get = (query = "") => GET(new Request(`http://localhost/admin/merchants/export${query}`));
/** The USCCs in the CSV, in its order (the third column). */
const usccs = async (res: Response) => parseCsv(await res.text()).rows.map((row) => row[2]);

let operatorPark: string;
let otherPark: string;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  operatorPark = (await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } })).parkId!;
  otherPark = (await db.merchant.findFirstOrThrow({ where: { parkId: { not: operatorPark } } })).parkId;
});
afterAll(() => db.$disconnect());

const usccsIn = async (where: object) =>
  (await db.merchant.findMany({ where, select: { uscc: true } })).map((m) => m.uscc);

describe("GET /admin/merchants/export", () => {
  it("refuses visitors and merchants", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);
    sessionStub.userId = await userId("merchant@example.com");
    expect((await get("?status=ALL")).status).toBe(403);
  });

  it("gives a park operator its park's merchants only, even when the URL names another park", async () => {
    sessionStub.userId = await userId("operator@example.com");
    const [own, theirs] = await Promise.all([usccsIn({ parkId: operatorPark }), usccsIn({ parkId: otherPark })]);
    for (const query of ["?status=ALL", `?status=ALL&park=${otherPark}`]) {
      const res = await get(query);
      expect(res.status).toBe(200);
      const got = await usccs(res);
      expect(got.sort()).toEqual([...own].sort());
      expect(got.filter((u) => theirs.includes(u))).toEqual([]);
    }
  });

  it("gives staff every merchant the filters match, in the list's order", async () => {
    sessionStub.userId = await userId("staff@example.com");
    const res = await get(`?status=ALL&park=${otherPark}&sort=uscc&dir=desc&page=3`);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const got = await usccs(res);
    expect(got).toEqual((await usccsIn({ parkId: otherPark })).sort().reverse());
    // The default is the queue itself: pending merchants only.
    expect(await usccs(await get())).toEqual(
      (
        await db.merchant.findMany({
          where: { verificationStatus: "PENDING" },
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        })
      ).map((m) => m.uscc),
    );
  });
});
