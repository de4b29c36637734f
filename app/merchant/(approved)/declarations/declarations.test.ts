import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { createDeclarationAction, deleteDeclarationAction } =
  await import("@/app/merchant/(approved)/declarations/actions");
const uploadRoute = await import("@/app/merchant/(approved)/declarations/import/upload/route");
const statusRoute = await import("@/app/merchant/(approved)/declarations/import/[jobId]/status/route");
const { importRunner } = await import("@/lib/server/imports/import-runner");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");
const { aggregateDeclarations, storedRollups } = await import("@/lib/server/declarations/rebuild-rollups");

const USD_2025_03 = 7_200_000n; // 7.2 CNY per USD
const EUR_2025_03 = 7_800_000n;
const ids = { xiyongUser: "", dazuUser: "", dazuMerchant: "", xiyongMerchant: "", pendingUser: "" };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  await db.exchangeRate.createMany({
    data: [
      { month: "2025-03", currency: "USD", cnyPerUnitMicros: USD_2025_03 },
      { month: "2025-03", currency: "EUR", cnyPerUnitMicros: EUR_2025_03 },
    ],
  });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  ids.xiyongUser = owner.id;
  ids.xiyongMerchant = owner.membership!.merchantId;
  ids.pendingUser = (await db.user.findUniqueOrThrow({ where: { email: "pending@example.com" } })).id;
  // A member for one of the approved merchants of the market procurement pilot.
  const dazu = await db.merchant.findFirstOrThrow({
    where: { park: { code: "DAZU-LONGSHUI" }, verificationStatus: "APPROVED", accountState: "ACTIVE" },
  });
  const user = await db.user.create({
    data: { email: "dazu@example.com", name: "赵五金", passwordHash: "x", role: "MERCHANT" },
  });
  await db.membership.create({ data: { userId: user.id, merchantId: dazu.id, role: "OWNER" } });
  ids.dazuUser = user.id;
  ids.dazuMerchant = dazu.id;
});
afterAll(() => db.$disconnect());

let serial = 0;
function form(values: Record<string, string> = {}) {
  const f = new FormData();
  const all = {
    declaredOn: "2025-03-18",
    customsMode: "9610",
    direction: "EXPORT",
    country: "US",
    amount: "1000.00",
    currency: "CNY",
    platform: "amazon",
    hsChapter: "85",
    reference: `T-${++serial}`,
    ...values,
  };
  for (const [k, v] of Object.entries(all)) f.set(k, v);
  return f;
}

async function snapshot() {
  const [declarations, rollups, audits] = await Promise.all([
    db.declaration.count(),
    storedRollups(db),
    db.auditLog.count(),
  ]);
  return { declarations, rollups, audits };
}

async function expectRedirect(action: Promise<unknown>, target: string) {
  await expect(action).rejects.toMatchObject({ digest: expect.stringContaining(target) });
}

describe("recording a declaration", () => {
  it("converts with the month's rate, updates the rollups and the audit log in one go", async () => {
    sessionStub.userId = ids.xiyongUser;
    await expectRedirect(
      createDeclarationAction({}, form({ amount: "12,500.50", currency: "USD", reference: "US-1" })),
      "/merchant/declarations?created=",
    );
    const row = await db.declaration.findFirstOrThrow({ where: { reference: "US-1" } });
    expect(row).toMatchObject({
      merchantId: ids.xiyongMerchant,
      month: "2025-03",
      valueMinor: 1_250_050n,
      currency: "USD",
      valueFen: 9_000_360n,
    });
    expect(row.declaredOn.toISOString()).toBe("2025-03-18T00:00:00.000Z");
    const xiyong = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
    const rollup = await db.declarationRollup.findUniqueOrThrow({
      where: {
        month_parkId_customsMode_direction_country: {
          month: "2025-03",
          parkId: xiyong.id,
          customsMode: "9610",
          direction: "EXPORT",
          country: "US",
        },
      },
    });
    expect(rollup).toMatchObject({ count: 1, valueFen: 9_000_360n });
    expect(
      await db.auditLog.count({ where: { action: "declaration.create", entityId: row.id, actorId: ids.xiyongUser } }),
    ).toBe(1);
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
  });

  it("answers bad input field by field, keeps what was typed and writes nothing", async () => {
    sessionStub.userId = ids.xiyongUser;
    const before = await snapshot();
    const state = await createDeclarationAction(
      {},
      form({
        declaredOn: "2099-01-01",
        customsMode: "9810",
        direction: "IMPORT",
        amount: "12.345",
        country: "CN",
        platform: "",
        reference: "",
      }),
    );
    expect(state.fieldErrors).toEqual({
      declaredOn: "The declaration date cannot be later than today.",
      direction: "9710, 9810 and 1039 are for exports only.",
      country: "Enter a market outside mainland China.",
      amount: "Enter an amount with no more decimals than the currency's smallest unit.",
      platform: "Choose the platform.",
      reference: "This field is required.",
    });
    expect(state.values).toMatchObject({ amount: "12.345", customsMode: "9810" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a month without a rate for the currency, and a reference declared before", async () => {
    sessionStub.userId = ids.xiyongUser;
    const before = await snapshot();
    const noRate = await createDeclarationAction({}, form({ declaredOn: "2024-07-02", currency: "GBP" }));
    expect(noRate.fieldErrors?.currency).toBe(
      "There is no GBP rate for 2024-07 yet. Ask the commission to enter it, or declare in CNY.",
    );
    const again = await createDeclarationAction({}, form({ reference: "US-1" }));
    expect(again.fieldErrors?.reference).toBe("This reference number has already been declared.");
    expect(await snapshot()).toEqual(before);
  });

  it("is refused to a merchant that is not approved", async () => {
    sessionStub.userId = ids.pendingUser;
    const before = await snapshot();
    expect(await createDeclarationAction({}, form())).toMatchObject({
      message: "Only approved, active merchants can declare.",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("market procurement (1039)", () => {
  const procurement = (amount: string, currency = "USD", reference = `MP-${++serial}`) =>
    form({ customsMode: "1039", platform: "", country: "KZ", amount, currency, reference });

  it("is refused outside a pilot park, with the reason", async () => {
    sessionStub.userId = ids.xiyongUser;
    const before = await snapshot();
    const state = await createDeclarationAction({}, procurement("1000.00"));
    expect(state.fieldErrors?.customsMode).toBe(
      "Your park is not a market procurement trade pilot, so you cannot declare under 1039.",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("allows 149,999.99 and exactly 150,000 USD and refuses a cent more", async () => {
    sessionStub.userId = ids.dazuUser;
    await expectRedirect(createDeclarationAction({}, procurement("149999.99")), "created=");
    await expectRedirect(createDeclarationAction({}, procurement("150000.00")), "created=");
    const before = await snapshot();
    const state = await createDeclarationAction({}, procurement("150000.01"));
    expect(state.fieldErrors?.amount).toBe(
      "Market procurement is limited to 150,000 USD per declaration; this one is about 150000.01 USD.",
    );
    expect(await snapshot()).toEqual(before);
  });

  it("converts other currencies through CNY with the month's rates before applying the cap", async () => {
    sessionStub.userId = ids.dazuUser;
    // 150,000 USD × 7.2 = 1,080,000 CNY = 138,461.53… EUR at 7.8.
    await expectRedirect(createDeclarationAction({}, procurement("138461.53", "EUR")), "created=");
    await expectRedirect(createDeclarationAction({}, procurement("1080000.00", "CNY")), "created=");
    const before = await snapshot();
    expect((await createDeclarationAction({}, procurement("138461.54", "EUR"))).fieldErrors?.amount).toContain(
      "150000.00 USD",
    );
    expect((await createDeclarationAction({}, procurement("1080000.01", "CNY"))).fieldErrors?.amount).toContain(
      "limited to 150,000 USD",
    );
    expect(await snapshot()).toEqual(before);
    expect(await db.declaration.count({ where: { merchantId: ids.dazuMerchant, customsMode: "1039" } })).toBe(4);
  });
});

describe("deleting a declaration", () => {
  it("takes it out of the rollups; another merchant's declaration is not found", async () => {
    sessionStub.userId = ids.dazuUser;
    const theirs = await db.declaration.findFirstOrThrow({ where: { merchantId: ids.xiyongMerchant } });
    const before = await snapshot();
    const f = new FormData();
    f.set("declarationId", theirs.id);
    expect(await deleteDeclarationAction({}, f)).toEqual({
      ok: false,
      message: "That declaration does not exist or was already deleted.",
    });
    expect(await snapshot()).toEqual(before);

    sessionStub.userId = ids.xiyongUser;
    expect(await deleteDeclarationAction({}, f)).toEqual({ ok: true, message: "Declaration deleted." });
    expect(await db.declaration.count({ where: { id: theirs.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "declaration.delete", entityId: theirs.id } })).toBe(1);
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
  });
});

describe("importing a CSV file", () => {
  afterAll(() => importRunner().close());
  /** Uploads a file as the browser's script does, runs the queued job as a worker would, and waits for its threads. */
  async function upload(text: string) {
    const f = new FormData();
    f.set("file", new File([text], "declarations.csv", { type: "text/csv" }));
    const response = await uploadRoute.POST(
      new Request("https://portal.test/merchant/declarations/import/upload", {
        method: "POST",
        headers: { accept: "application/json" },
        body: f,
      }),
    );
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await runQueuedJobs();
    await importRunner().idle();
    const status = await statusRoute.GET(new Request(`https://portal.test/merchant/declarations/import/${id}/status`), {
      params: Promise.resolve({ jobId: id }),
    });
    return (await status.json()) as { id: string; status: string; writtenRows: number; issues: unknown[] };
  }
  const header = "申报日期,监管方式,贸易方向,国家或地区,金额,币种,平台,商品章节,申报单号";

  it("writes nothing when any row is wrong, and says which row and column", async () => {
    sessionStub.userId = ids.xiyongUser;
    const before = await snapshot();
    const job = await upload(
      `${header}\n2025-03-01,9610,出口,US,100.00,USD,amazon,85,IMP-1\n2025-03-02,9710,进口,DE,50,EUR,ebay,,IMP-2\n2025/3/3,1039,出口,KZ,10,USD,,,IMP-3\n`,
    );
    expect(job).toMatchObject({ status: "FAILED", writtenRows: 0, errorCount: 2 });
    expect(job.issues).toEqual([
      { row: 3, column: "贸易方向", message: "9710, 9810 and 1039 are for exports only.", value: "进口" },
      {
        row: 4,
        column: "监管方式",
        message: "Your park is not a market procurement trade pilot, so you cannot declare under 1039.",
        value: "1039",
      },
    ]);
    const after = await snapshot();
    expect({ ...after, audits: before.audits }).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "declaration.import_failed", entityId: job.id } })).toBe(1);
    expect(
      await db.notification.findFirst({
        where: { userId: ids.xiyongUser, link: `/merchant/declarations/import/${job.id}` },
      }),
    ).toMatchObject({ kind: "declaration_import_failed", merchantId: ids.xiyongMerchant });
  });

  it("writes every row and its rollups when all are right", async () => {
    sessionStub.userId = ids.xiyongUser;
    const before = await db.declaration.count({ where: { merchantId: ids.xiyongMerchant } });
    const job = await upload(
      `declared_on,customs_mode,direction,country,amount,currency,platform,hs_chapter,reference\n2025-03-01,9610,EXPORT,us,100.00,USD,Amazon,85,OK-1\n2025-03-05,1210,IMPORT,JP,2000,CNY,tmall-global,,OK-2\n`,
    );
    expect(job).toMatchObject({ status: "DONE", writtenRows: 2 });
    expect(await db.declaration.count({ where: { merchantId: ids.xiyongMerchant } })).toBe(before + 2);
    expect(await db.declaration.findFirstOrThrow({ where: { reference: "OK-1" } })).toMatchObject({
      country: "US",
      valueFen: 72_000n,
    });
    expect(await storedRollups(db)).toEqual(await aggregateDeclarations(db));
    expect(await db.auditLog.count({ where: { action: "declaration.import", entityId: job.id } })).toBe(1);
    expect(
      await db.notification.findFirst({
        where: { userId: ids.xiyongUser, link: `/merchant/declarations/import/${job.id}` },
      }),
    ).toMatchObject({ kind: "declaration_import_done", merchantId: ids.xiyongMerchant });
  });

  it("names missing columns", async () => {
    sessionStub.userId = ids.xiyongUser;
    const job = await upload("date,amount\n2025-03-01,1\n");
    expect(job).toMatchObject({ status: "FAILED" });
    expect(job.issues).toEqual([
      {
        row: 1,
        column: "",
        message: "The file lacks these columns: customs_mode, direction, country, currency, reference.",
        value: "",
      },
    ]);
  });
});
