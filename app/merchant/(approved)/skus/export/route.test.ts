import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse";
import { db } from "@/lib/server/db";
import { clearRateLimit } from "@/lib/server/rate-limit";
import { EXPORT_RATE_LIMIT, exportRateLimitKey } from "@/lib/server/exports/list-export";
import { seedDemo } from "@/lib/seed/demo";
import { seedSkus } from "@/lib/seed/skus";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET } from "./route";

const get = (query = "") => GET(new Request(`http://localhost/merchant/skus/export${query}`));
/** The first column as the import reads it (codes are written as ="…" cells Excel keeps as text). */
const codes = (csv: string) => parseCsv(csv).rows.map((row) => row[0]);

let mine = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await seedSkus(db);
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  sessionStub.userId = owner.id;
  mine = owner.membership!.merchantId;
});
afterAll(() => db.$disconnect());

describe("GET /merchant/skus/export", () => {
  it("has every SKU the list's filters match, in the list's order, and only the merchant's", async () => {
    const all = codes(await (await get()).text());
    const active = await db.sku.findMany({ where: { merchantId: mine, status: "ACTIVE" }, select: { code: true } });
    expect(new Set(all)).toEqual(new Set(active.map((s) => s.code)));
    expect(all).toEqual([...all].sort());
    const down = codes(await (await get("?sort=code&dir=desc")).text());
    expect(down).toEqual([...all].reverse());
    const byPrice = await db.sku.findMany({
      where: { merchantId: mine, status: "ACTIVE", hsChapter: "85" },
      orderBy: [{ currency: "asc" }, { unitPriceMinor: "desc" }, { code: "asc" }, { id: "desc" }],
      select: { code: true },
    });
    expect(byPrice.length).toBeGreaterThan(1);
    expect(codes(await (await get("?chapter=85&sort=price&dir=desc&page=3&size=20")).text())).toEqual(
      byPrice.map((s) => s.code),
    );
  });

  it("limits each user's exports per window, with Retry-After and a message in their language", async () => {
    await clearRateLimit(db, exportRateLimitKey("skus", sessionStub.userId!));
    for (let i = 0; i < EXPORT_RATE_LIMIT.limit; i++) expect((await get("?hs=85")).status).toBe(200);
    const refused = await get("?hs=85");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many exports/);
  });
});
