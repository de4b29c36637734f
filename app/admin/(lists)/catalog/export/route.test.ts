import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { sessionStub } from "@/lib/testing/next-stubs";
import { parseCsv } from "@/lib/csv/parse";
import { EXPORT_RATE_LIMIT, exportRateLimitKey } from "@/lib/server/exports/list-export";
import { activeSkuWhere } from "@/lib/server/counts/definitions";
import { GET } from "./route";

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const get = (query = "") => GET(new Request(`http://localhost/admin/catalog/export${query}`));
/** The SKU codes in the CSV, in its order (the first column). */
const codesOf = async (res: Response) => parseCsv(await res.text()).rows.map((row) => row[0]);

let operatorPark: string;
let otherPark: string;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  operatorPark = operator.parkId!;
  const other = await db.sku.findFirstOrThrow({
    where: activeSkuWhere({ parkId: { not: operatorPark } }),
    select: { merchant: { select: { parkId: true } } },
  });
  otherPark = other.merchant.parkId;
});
afterAll(() => db.$disconnect());

const codesIn = (parkId: string) =>
  db.sku.findMany({ where: activeSkuWhere({ parkId }), select: { code: true } }).then((r) => r.map((s) => s.code));

describe("GET /admin/catalog/export", () => {
  it("refuses visitors and merchants", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);
    sessionStub.userId = await userId("merchant@example.com");
    expect((await get()).status).toBe(403);
  });

  it("gives a park operator its park's SKUs only, even when the URL names another park", async () => {
    sessionStub.userId = await userId("operator@example.com");
    const [own, theirs] = await Promise.all([codesIn(operatorPark), codesIn(otherPark)]);
    for (const query of ["", `?park=${otherPark}`]) {
      const res = await get(query);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      const codes = await codesOf(res);
      expect(codes.length).toBe(own.length);
      expect(codes.some((c) => theirs.includes(c) && !own.includes(c))).toBe(false);
    }
  });

  it("gives staff every row the filters match, in the order of the list, not only one page", async () => {
    sessionStub.userId = await userId("staff@example.com");
    const expected = await db.sku.count({ where: activeSkuWhere({ parkId: otherPark }) });
    expect(expected).toBeGreaterThan(20);
    const codes = await codesOf(await get(`?park=${otherPark}&sort=code&dir=desc&page=2&size=20`));
    expect(codes).toHaveLength(expected);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("limits each user's exports, with a localised answer", async () => {
    const staff = await userId("staff@example.com");
    sessionStub.userId = staff;
    await db.rateLimitBucket.deleteMany({ where: { key: exportRateLimitKey("catalog", staff) } });
    for (let i = 0; i < EXPORT_RATE_LIMIT.limit; i++) expect((await get("?q=nothing-matches")).status).toBe(200);
    const refused = await get("?q=nothing-matches");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many exports in a short time\. Try again in \d+ minutes?\.$/);
    // Another user's counter is their own.
    sessionStub.userId = await userId("operator@example.com");
    expect((await get("?q=nothing-matches")).status).toBe(200);
  });
});
