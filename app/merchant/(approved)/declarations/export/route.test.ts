import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { clearRateLimit } from "@/lib/server/rate-limit";
import { exportDeclarations } from "@/lib/server/declarations/export-declarations";
import { EXPORT_RATE_LIMIT, exportRateLimitKey } from "@/lib/server/exports/list-export";
import { sessionStub } from "@/lib/testing/next-stubs";
import { createImportJob } from "@/lib/server/imports/jobs";
import { parseIssues } from "@/lib/server/imports/report";
import { DECLARATION_IMPORT_KIND, processDeclarationImport } from "@/lib/server/declarations/import-declarations";
import { GET } from "./route";

const get = (query = "") => GET(new Request(`http://localhost/merchant/declarations/export${query}`));
const YEAR = 2016;

let ours = { userId: "", merchantId: "" };
let theirs = { userId: "", merchantId: "" };

async function declare(merchantId: string, reference: string, day: string, direction: "EXPORT" | "IMPORT" = "EXPORT") {
  await db.declaration.create({
    data: {
      merchantId,
      declaredOn: new Date(`${day}T00:00:00Z`),
      month: day.slice(0, 7),
      customsMode: "9610",
      direction,
      country: "US",
      valueMinor: 123_456n,
      currency: "USD",
      valueFen: 888_888n,
      reference,
    },
  });
}

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  ours = { userId: owner.id, merchantId: owner.membership!.merchantId };
  const other = await db.merchant.findFirstOrThrow({
    where: { id: { not: ours.merchantId }, verificationStatus: "APPROVED", accountState: "ACTIVE" },
  });
  const user = await db.user.create({
    data: { email: "other-export@example.com", name: "其他企业", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: user.id, merchantId: other.id, role: "OWNER" } });
  theirs = { userId: user.id, merchantId: other.id };
  await declare(ours.merchantId, "OURS-1", `${YEAR}-03-01`);
  await declare(ours.merchantId, "OURS-2", `${YEAR}-05-02`, "IMPORT");
  await declare(ours.merchantId, "OURS-3", `${YEAR}-07-03`);
  await declare(theirs.merchantId, "THEIRS-1", `${YEAR}-04-01`);
});
afterAll(() => db.$disconnect());

const dataLines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1);

describe("GET /merchant/declarations/export", () => {
  it("refuses visitors and staff", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);
    sessionStub.userId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
    expect((await get()).status).toBe(403);
  });

  it("exports the caller's declarations as filtered, newest first, and never another merchant's", async () => {
    sessionStub.userId = ours.userId;
    const res = await get(`?year=${YEAR}&merchantId=${theirs.merchantId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const csv = await res.text();
    expect(csv).not.toContain("THEIRS-1");
    const lines = dataLines(csv);
    expect(lines.map((l) => l.split(",")[8])).toEqual(['"=""OURS-3"""', '"=""OURS-2"""', '"=""OURS-1"""']);
    // The declaration number is a cell Excel keeps as text (an 18-digit number would lose its last digits).
    expect(lines[0]).toBe(`${YEAR}-07-03,9610,Export,US,1234.56,USD,,,"=""OURS-3""",8888.88`);
    const imports = dataLines(await (await get(`?year=${YEAR}&direction=IMPORT`)).text());
    expect(imports).toHaveLength(1);
    expect(imports[0]).toContain("OURS-2");
    // The other merchant exports its own row only.
    sessionStub.userId = theirs.userId;
    const other = await (await get(`?year=${YEAR}`)).text();
    expect(dataLines(other)).toHaveLength(1);
    expect(other).toContain("THEIRS-1");
    expect(other).not.toContain("OURS-");
  });

  it("re-imports unchanged: the same declaration numbers with the same values write nothing and say no changes", async () => {
    sessionStub.userId = ours.userId;
    await clearRateLimit(db, exportRateLimitKey("declarations", ours.userId));
    const amazon = await db.platform.findFirstOrThrow({ where: { code: "amazon" } });
    const numbers: [string, string | null][] = [
      ["800120170000000001", "01"],
      ["800120170000000002", null],
    ];
    for (const [reference, hsChapter] of numbers)
      await db.declaration.create({
        data: {
          merchantId: ours.merchantId,
          declaredOn: new Date("2017-03-05T00:00:00Z"),
          month: "2017-03",
          customsMode: "9610",
          direction: "EXPORT",
          country: "US",
          valueMinor: 123_456n,
          currency: "USD",
          valueFen: 888_888n,
          platformId: amazon.id,
          hsChapter,
          reference,
        },
      });
    const exported = await (await get("?year=2017")).text();
    expect(exported).toContain(`"=""01""","=""800120170000000001"""`);
    const count = () => db.declaration.count({ where: { merchantId: ours.merchantId } });
    const before = await count();
    const run = async (text: string) => {
      const job = await createImportJob(db, {
        merchantId: ours.merchantId,
        kind: DECLARATION_IMPORT_KIND,
        fileName: "declarations.csv",
        createdById: ours.userId,
      });
      const bytes = new Uint8Array(Buffer.from(text, "utf8"));
      const outcome = await processDeclarationImport(db, { jobId: job.id, bytes, actor: ours, today: "2026-11-30" });
      return { outcome, job: await db.importJob.findUniqueOrThrow({ where: { id: job.id } }) };
    };
    const again = await run(exported);
    expect(again.outcome).toEqual({ ok: true, written: 0 });
    expect(again.job).toMatchObject({ status: "DONE", writtenRows: 0 });
    expect(await count()).toBe(before);
    // As Excel saves the file: the declaration numbers as plain text.
    expect((await run(exported.replace(/"=""([^"]*)"""/g, "$1"))).outcome).toEqual({ ok: true, written: 0 });
    expect(await count()).toBe(before);
    // A known declaration number with another amount is not the same declaration: refused, never a duplicate.
    const changed = await run(exported.replace("1234.56", "1234.57"));
    expect(changed.outcome.ok).toBe(false);
    expect(parseIssues(changed.job.errorReport)).toContainEqual(
      expect.objectContaining({ row: 2, message: "dataValidation.duplicateReference" }),
    );
    expect(await count()).toBe(before);
  });

  it("refuses a selection over the cap instead of cutting it short", async () => {
    const filters = { year: YEAR };
    expect(await exportDeclarations(db, ours.merchantId, filters, undefined, 2)).toEqual({
      ok: false,
      reason: "tooMany",
      count: 3,
    });
    const fits = await exportDeclarations(db, ours.merchantId, filters, undefined, 3);
    expect(fits.ok && fits.rows.map((r) => String(r.reference))).toEqual(["OURS-3", "OURS-2", "OURS-1"]);
  });

  it("limits each user's exports per window, with Retry-After and a message in their language", async () => {
    sessionStub.userId = ours.userId;
    await clearRateLimit(db, exportRateLimitKey("declarations", ours.userId));
    for (let i = 0; i < EXPORT_RATE_LIMIT.limit; i++) expect((await get(`?year=${YEAR}`)).status).toBe(200);
    const refused = await get(`?year=${YEAR}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^Too many exports/);
    // Another user's exports are counted apart.
    sessionStub.userId = theirs.userId;
    expect((await get(`?year=${YEAR}`)).status).toBe(200);
  });
});
