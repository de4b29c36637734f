import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { registerMerchant, resubmitMerchant } = await import("@/lib/server/merchants/register-merchant");
const { reviewMerchant } = await import("@/lib/server/merchants/review-merchant");
const { listReviewQueue, QueueFilters } = await import("@/lib/server/merchants/review-queue");
const { reviewAction } = await import("@/app/admin/merchants/[id]/actions");
const { registerAction } = await import("@/app/(public)/register/actions");
const { Registration } = await import("@/lib/validation/merchant");
const { usccCheckChar } = await import("@/lib/validation/uscc");

const users: Record<string, { id: string; role: "STAFF" | "PARK_OPERATOR" | "MERCHANT"; parkId: string | null }> = {};
let xiyongId = "";
let otherParkId = "";
let platformIds: string[] = [];
let serial = 0;

function newUscc() {
  const first17 = `91500106MA${String(1000000 + serial++).slice(-7)}`;
  return first17 + usccCheckChar(first17);
}

function registration(overrides: Record<string, unknown> = {}) {
  return Registration.parse({
    nameZh: `重庆测试${serial}电子有限公司`,
    nameEn: "",
    uscc: newUscc(),
    parkId: xiyongId,
    platformIds: platformIds.slice(0, 2),
    hsChapters: ["85"],
    contactName: "李雷",
    contactPhone: "13800138000",
    email: `owner${serial}@example.com`,
    password: "a long enough passphrase",
    ...overrides,
  });
}

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com"]) {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    users[email] = { id: u.id, role: u.role, parkId: u.parkId };
  }
  xiyongId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  otherParkId = (await db.park.findFirstOrThrow({ where: { code: { not: "XIYONG" } } })).id;
  platformIds = (await db.platform.findMany({ take: 3, orderBy: { sortOrder: "asc" } })).map((p) => p.id);
});
afterAll(() => db.$disconnect());

const as = (email: string | null) => {
  sessionStub.userId = email ? users[email].id : null;
};

/** A user as the review use case's actor. */
const actorOf = (email: string) => ({ userId: users[email].id, role: users[email].role, parkId: users[email].parkId });

async function snapshot() {
  const [merchants, usersCount, audits, notifications, memberships] = await Promise.all([
    db.merchant.findMany({
      orderBy: { id: "asc" },
      select: { id: true, verificationStatus: true, accountState: true, decisionReason: true },
    }),
    db.user.count(),
    db.auditLog.count(),
    db.notification.count(),
    db.membership.count(),
  ]);
  return { merchants, usersCount, audits, notifications, memberships };
}

/** A successful action ends in Next's redirect, which is thrown. */
async function expectRedirect(action: Promise<unknown>, target: string) {
  await expect(action).rejects.toMatchObject({ digest: expect.stringContaining(target) });
}

function reviewForm(merchantId: string, decision: string, reason = "") {
  const f = new FormData();
  f.set("merchantId", merchantId);
  f.set("decision", decision);
  f.set("reason", reason);
  return f;
}

describe("registration", () => {
  it("creates a pending merchant with its owner, and tells staff and the park's operator", async () => {
    const input = registration();
    const result = await registerMerchant(db, input, "hash");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merchant = await db.merchant.findUniqueOrThrow({
      where: { id: result.merchantId },
      include: { memberships: true, platforms: true, categories: true },
    });
    expect(merchant).toMatchObject({
      verificationStatus: "PENDING",
      accountState: "ACTIVE",
      uscc: input.uscc,
      parkId: xiyongId,
    });
    expect(merchant.memberships).toEqual([expect.objectContaining({ userId: result.userId, role: "OWNER" })]);
    expect(merchant.platforms).toHaveLength(2);
    expect(merchant.categories.map((c) => c.hsChapter)).toEqual(["85"]);
    const told = await db.notification.findMany({
      where: { kind: "merchant_registered", link: `/admin/merchants/${merchant.id}` },
    });
    const toldIds = told.map((n) => n.userId);
    expect(toldIds).toContain(users["staff@example.com"].id);
    expect(toldIds).toContain(users["operator@example.com"].id);
  });

  it("refuses a USCC or an email already registered, and writes nothing but the conflicts' audit entries", async () => {
    const first = registration();
    await registerMerchant(db, first, "hash");
    const before = await snapshot();
    expect(await registerMerchant(db, registration({ uscc: first.uscc }), "hash")).toEqual({
      ok: false,
      fieldErrors: { uscc: "usccTaken" },
    });
    // No field error for a registered email: the visitor is answered as for a new one.
    expect(await registerMerchant(db, registration({ email: "MERCHANT@example.com" }), "hash")).toEqual({
      ok: false,
      reason: "emailKnown",
      userId: users["merchant@example.com"].id,
    });
    expect(await registerMerchant(db, registration({ parkId: "no-such-park", platformIds: ["nope"] }), "hash")).toEqual(
      {
        ok: false,
        fieldErrors: { parkId: "invalidChoice", platformIds: "invalidChoice" },
      },
    );
    expect(await snapshot()).toEqual({ ...before, audits: before.audits + 2 });
  });

  it("the form action answers bad input field by field and changes nothing", async () => {
    as(null);
    const before = await snapshot();
    const f = new FormData();
    for (const [k, v] of Object.entries({
      nameZh: "公司",
      uscc: "91350100M000100Y44",
      parkId: xiyongId,
      contactName: "王",
      contactPhone: "138",
      email: "x@example.com",
      password: "secret-password-1",
    }))
      f.set(k, v);
    const state = await registerAction({}, f);
    expect(state.fieldErrors).toMatchObject({
      uscc: "The check digit (last character) does not match; please check the code.",
      platformIds: "Choose at least one platform.",
      contactPhone: "Enter a mainland mobile number (11 digits) or a landline with its area code.",
    });
    expect(state.values).toMatchObject({ nameZh: "公司", email: "x@example.com" });
    expect(state.values).not.toHaveProperty("password");
    expect(await snapshot()).toEqual(before);
  });
});

describe("review decisions", () => {
  async function pendingMerchant(parkId = xiyongId) {
    const r = await registerMerchant(db, registration({ parkId }), "hash");
    if (!r.ok) throw new Error("setup failed");
    return r;
  }

  it("are refused to a merchant and to an anonymous caller, and change nothing", async () => {
    const { merchantId } = await pendingMerchant();
    for (const who of ["merchant@example.com", null]) {
      as(who);
      for (const decision of ["approve", "reject", "request_revisions", "suspend", "reinstate"]) {
        const before = await snapshot();
        const state = await reviewAction({}, reviewForm(merchantId, decision, "because"));
        expect(state).toEqual({
          ok: false,
          message: "Only commission staff and the park's operator can review merchants.",
        });
        expect(await snapshot()).toEqual(before);
      }
    }
  });

  it("an operator cannot see or decide another park's merchant", async () => {
    const { merchantId } = await pendingMerchant(otherParkId);
    as("operator@example.com");
    const before = await snapshot();
    expect(await reviewAction({}, reviewForm(merchantId, "approve"))).toEqual({
      ok: false,
      message: "This merchant does not exist or is outside your park.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("an operator approves its own park's merchant; the owner is told, once", async () => {
    const { merchantId, userId } = await pendingMerchant();
    as("operator@example.com");
    await expectRedirect(
      reviewAction({}, reviewForm(merchantId, "approve")),
      `/admin/merchants/${merchantId}?done=approve`,
    );
    expect(await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).toMatchObject({
      verificationStatus: "APPROVED",
    });
    expect(await db.notification.count({ where: { userId, kind: "merchant_approve" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: merchantId, action: "merchant.approve" } });
    expect(audit.actorId).toBe(users["operator@example.com"].id);
    // A second click finds the merchant already decided.
    expect((await reviewAction({}, reviewForm(merchantId, "approve"))).ok).toBe(false);
    expect(await db.notification.count({ where: { userId, kind: "merchant_approve" } })).toBe(1);
  });

  it("reject and request revisions need a reason, which the merchant gets", async () => {
    const { merchantId, userId } = await pendingMerchant();
    as("staff@example.com");
    const before = await snapshot();
    expect(await reviewAction({}, reviewForm(merchantId, "reject", "   "))).toEqual({
      ok: false,
      fieldErrors: { reason: "Give a reason; the merchant will see it." },
    });
    expect(await snapshot()).toEqual(before);
    await expectRedirect(reviewAction({}, reviewForm(merchantId, "reject", "营业执照与名称不符")), "?done=reject");
    const m = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    expect(m).toMatchObject({ verificationStatus: "REJECTED", decisionReason: "营业执照与名称不符" });
    const n = await db.notification.findFirstOrThrow({ where: { userId, kind: "merchant_reject" } });
    expect(JSON.parse(n.params)).toMatchObject({ reason: "营业执照与名称不符" });
  });

  it("revisions requested, then resubmitted by the owner, go back to pending", async () => {
    const { merchantId, userId } = await pendingMerchant();
    as("staff@example.com");
    await expectRedirect(
      reviewAction({}, reviewForm(merchantId, "request_revisions", "请补充英文名称")),
      "?done=request_revisions",
    );
    const current = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    const input = {
      nameZh: current.nameZh,
      nameEn: "Chongqing Test Co., Ltd.",
      uscc: current.uscc,
      parkId: current.parkId,
      contactName: current.contactName,
      contactPhone: current.contactPhone,
      platformIds: platformIds.slice(0, 1),
      hsChapters: ["84"],
    };
    // Someone who is not its owner cannot resubmit it.
    expect(await resubmitMerchant(db, { userId: users["merchant@example.com"].id, merchantId }, input)).toEqual({
      ok: false,
      reason: "wrongState",
    });
    const result = await resubmitMerchant(db, { userId, merchantId }, input);
    expect(result.ok).toBe(true);
    const after = await db.merchant.findUniqueOrThrow({
      where: { id: merchantId },
      include: { platforms: true, categories: true },
    });
    expect(after).toMatchObject({
      verificationStatus: "PENDING",
      nameEn: "Chongqing Test Co., Ltd.",
      decisionReason: null,
    });
    expect(after.platforms).toHaveLength(1);
    expect(after.categories.map((c) => c.hsChapter)).toEqual(["84"]);
    expect(
      await db.notification.count({ where: { kind: "merchant_resubmitted", userId: users["staff@example.com"].id } }),
    ).toBeGreaterThan(0);
  });

  it("suspension keeps the data and reinstatement reopens the account", async () => {
    const { merchantId } = await pendingMerchant();
    const reviewer = actorOf("staff@example.com");
    expect((await reviewMerchant(db, reviewer, merchantId, "suspend", "x")).ok).toBe(false);
    await reviewMerchant(db, reviewer, merchantId, "approve", "");
    expect(await reviewMerchant(db, reviewer, merchantId, "suspend", "")).toEqual({
      ok: false,
      reason: "reasonRequired",
    });
    expect((await reviewMerchant(db, reviewer, merchantId, "suspend", "逾期未申报")).ok).toBe(true);
    expect(
      await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, include: { platforms: true } }),
    ).toMatchObject({
      verificationStatus: "APPROVED",
      accountState: "SUSPENDED",
      platforms: expect.arrayContaining([expect.anything()]),
    });
    expect((await reviewMerchant(db, reviewer, merchantId, "reinstate", "")).ok).toBe(true);
    expect((await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).accountState).toBe("ACTIVE");
  });

  it("a merchant-role user is refused by the use case itself", async () => {
    const { merchantId } = await pendingMerchant();
    expect(await reviewMerchant(db, actorOf("merchant@example.com"), merchantId, "approve", "")).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});

describe("the review queue", () => {
  it("finds a company by part of its name or USCC, within the operator's park only", async () => {
    const here = registration({ nameZh: "重庆检索甲贸易有限公司" });
    const there = registration({ nameZh: "重庆检索乙贸易有限公司", parkId: otherParkId });
    await registerMerchant(db, here, "hash");
    await registerMerchant(db, there, "hash");
    const names = async (user: (typeof users)[string], q: string) =>
      (await listReviewQueue(user, QueueFilters.parse({ q }))).items.map((m) => m.nameZh).sort();

    expect(await names(users["staff@example.com"], "检索")).toEqual(
      ["重庆检索乙贸易有限公司", "重庆检索甲贸易有限公司"].sort(),
    );
    // A USCC typed in lower case still matches, and so does a fragment of it.
    expect(await names(users["staff@example.com"], here.uscc.toLowerCase())).toEqual([here.nameZh]);
    expect(await names(users["staff@example.com"], there.uscc.slice(10, 17))).toEqual([there.nameZh]);
    expect(await names(users["operator@example.com"], "检索")).toEqual([here.nameZh]);
    expect(await names(users["staff@example.com"], "无此企业")).toEqual([]);
  });
});
