import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redirectTarget, sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { signUp } = await import("@/lib/server/events/sign-up");
const { makeMerchant } = await import("@/lib/testing/event-fixtures");
const { givePersonalData, makeMember } = await import("@/lib/testing/privacy-fixtures");
const { loadMessages } = await import("@/lib/i18n/messages");
const { getDashboard } = await import("@/lib/server/dashboard/get-dashboard");
const { clearViewCache } = await import("@/lib/server/dashboard/view-cache");
const { createDeclaration } = await import("@/lib/server/declarations/create-declaration");
const { declarationSchema } = await import("@/lib/validation/declaration");
const { renderNotification } = await import("@/lib/server/notifications/render");
const { CLOSED_NAME, closedEmail } = await import("@/lib/server/privacy/close-account");
const { completeClosure, rejectClosure, requestClosure, withdrawClosure } =
  await import("@/lib/server/privacy/closure-requests");
const { listClosureRequests, CLOSURE_LIST } = await import("@/lib/server/privacy/closure-queue");
const { workingDaysAfter } = await import("@/lib/server/privacy/working-days");
const { requestClosureAction, withdrawClosureAction } = await import("@/app/(public)/account/privacy-actions");
const { completeClosureAction, rejectClosureAction } = await import("@/app/admin/(lists)/closures/actions");
const { default: ClosuresPage } = await import("@/app/admin/(lists)/closures/page");

const NOW = new Date("2026-11-28T08:00:00Z");
const FIRST_PAGE = { page: 1, size: 20, sort: "requested", dir: "asc" } as const;
let parkId: string;
const ids: Record<string, string> = {};
const staff = () => ({ userId: ids.staff, role: "STAFF" as const });

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com"]) {
    ids[email.split("@")[0]] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  parkId = (await db.user.findUniqueOrThrow({ where: { id: ids.operator } })).parkId!;
  // The demo staff member has a second factor on when AUTH_SECRET is set; the guards want one for staff pages.
  await db.user.update({ where: { id: ids.staff }, data: { totpEnabledAt: new Date() } });
  await db.user.update({ where: { id: ids.operator }, data: { totpEnabledAt: new Date() } });
});
afterAll(async () => {
  sessionStub.userId = null;
  await db.$disconnect();
});

const form = (fields: Record<string, string> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const as = (userId: string | null) => {
  sessionStub.userId = userId;
  sessionStub.sessionId = undefined;
};
/** A redirecting action's target, or its answer when it answers instead. */
async function run<T>(call: () => Promise<T>): Promise<{ redirect: string } | T> {
  try {
    return await call();
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return { redirect: target };
  }
}
const pendingOf = (userId: string) => db.accountClosureRequest.count({ where: { userId, status: "PENDING" } });

describe("the deadline", () => {
  it("is the 15th working day (Monday to Friday) after the day of the request in Beijing", () => {
    // Tuesday 1 December 2026: three weeks later, Tuesday 22 December.
    expect(workingDaysAfter(new Date("2026-12-01T02:00:00Z"))).toBe("2026-12-22");
    // 00:30 on Friday 4 December in Beijing (still Thursday in UTC): Friday 25 December.
    expect(workingDaysAfter(new Date("2026-12-03T16:30:00Z"))).toBe("2026-12-25");
    // Made on a Saturday: counted from Monday.
    expect(workingDaysAfter(new Date("2026-12-05T04:00:00Z"))).toBe("2026-12-25");
  });
});

describe("asking to close an account", () => {
  it("needs the confirmation box, and writes nothing without it", async () => {
    const m = await makeMerchant(db, { parkId });
    as(m.userId);
    const refused = await requestClosureAction({}, form());
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.confirm).toBe(loadMessages("en").privacyRights.closure.errors.confirmRequired);
    expect(await pendingOf(m.userId)).toBe(0);
    const done = await requestClosureAction({}, form({ confirm: "on" }));
    expect(done.ok).toBe(true);
    expect(await pendingOf(m.userId)).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { action: "privacy.closure_request", actorId: m.userId } });
    expect(audit?.entityId).toBe(m.userId);
  });

  it("is only ever for the signed-in person: a forged user id asks for nobody else, and withdrawing touches only one's own", async () => {
    const victim = await makeMerchant(db, { parkId });
    const forger = await makeMerchant(db, { parkId });
    as(forger.userId);
    await requestClosureAction({}, form({ confirm: "on", userId: victim.userId }));
    expect(await pendingOf(victim.userId)).toBe(0);
    expect(await pendingOf(forger.userId)).toBe(1);

    expect((await requestClosure(db, { userId: victim.userId })).ok).toBe(true);
    const theirs = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: victim.userId } });
    as(forger.userId);
    expect((await withdrawClosureAction({}, form({ requestId: theirs.id, userId: victim.userId }))).ok).toBe(true);
    expect(await pendingOf(victim.userId)).toBe(1);
    expect(await pendingOf(forger.userId)).toBe(0);
    expect((await withdrawClosureAction({}, form())).ok).toBe(false);
  });

  it("is one open request at a time, even asked twice at once", async () => {
    const m = await makeMerchant(db, { parkId });
    const both = await Promise.all([
      requestClosure(db, { userId: m.userId }),
      requestClosure(db, { userId: m.userId }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await pendingOf(m.userId)).toBe(1);
    expect(await requestClosure(db, { userId: m.userId })).toEqual({ ok: false, reason: "alreadyRequested" });
  });

  it("is refused to an owner whose company has other members and no other owner, told in both languages", async () => {
    const company = await makeMerchant(db, { parkId });
    const member = await makeMember(db, company.merchantId, "member-owner-rule");
    as(company.userId);
    const refused = await requestClosureAction({}, form({ confirm: "on" }));
    expect(refused).toMatchObject({
      ok: false,
      message: loadMessages("en").privacyRights.closure.errors.handOverFirst,
    });
    expect(loadMessages("zh-CN").privacyRights.closure.errors.handOverFirst).toContain("负责人");
    expect(await pendingOf(company.userId)).toBe(0);
    // A member may leave; so may the owner once another member owns the company too.
    expect((await requestClosure(db, { userId: member })).ok).toBe(true);
    await db.membership.update({ where: { userId: member }, data: { role: "OWNER" } });
    expect((await requestClosure(db, { userId: company.userId })).ok).toBe(true);
  });

  it("is checked again when staff complete it: a company that gained a member since keeps its owner", async () => {
    const company = await makeMerchant(db, { parkId });
    expect((await requestClosure(db, { userId: company.userId })).ok).toBe(true);
    await makeMember(db, company.merchantId, "joined-later");
    const request = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: company.userId } });
    expect(await completeClosure(db, staff(), request.id)).toEqual({ ok: false, reason: "handOverFirst" });
    const user = await db.user.findUniqueOrThrow({ where: { id: company.userId } });
    expect(user.disabled).toBe(false);
    expect(user.email).not.toBe(closedEmail(company.userId));
    expect(await pendingOf(company.userId)).toBe(1);
  });
});

describe("the staff queue", () => {
  it("is for commission staff only: a park operator or a merchant gets neither the list nor a decision", async () => {
    const m = await makeMerchant(db, { parkId });
    await requestClosure(db, { userId: m.userId });
    const request = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: m.userId } });
    for (const role of ["PARK_OPERATOR", "MERCHANT"] as const) {
      await expect(listClosureRequests(db, { role }, FIRST_PAGE, "PENDING")).rejects.toThrow();
    }
    for (const who of [ids.operator, ids.merchant]) {
      as(who);
      const complete = await run(() => completeClosureAction({}, form({ requestId: request.id })));
      expect(complete).toMatchObject({ ok: false, message: loadMessages("en").privacyRights.queue.errors.forbidden });
      const reject = await run(() => rejectClosureAction({}, form({ requestId: request.id, reason: "no" })));
      expect(reject).toMatchObject({ ok: false });
    }
    expect(await pendingOf(m.userId)).toBe(1);
    // The page sends an operator to its home, and shows staff the request with its deadline.
    as(ids.operator);
    expect(await run(() => ClosuresPage({ searchParams: Promise.resolve({}) }))).toEqual({ redirect: "/admin" });
    as(ids.staff);
    const list = await listClosureRequests(db, { role: "STAFF" }, FIRST_PAGE, "PENDING");
    const row = list.rows.find((r) => r.id === request.id);
    expect(row?.dueDay).toBe(workingDaysAfter(request.requestedAt));
    expect(list.paging.total).toBeGreaterThanOrEqual(1);
    expect(CLOSURE_LIST.sort).toBe("requested");
  });

  it("rejects with a reason only, and the person reads it in their inbox and may ask again", async () => {
    const m = await makeMerchant(db, { parkId });
    await requestClosure(db, { userId: m.userId });
    const request = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: m.userId } });
    as(ids.staff);
    const noReason = await run(() => rejectClosureAction({}, form({ requestId: request.id, reason: "  " })));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(await pendingOf(m.userId)).toBe(1);
    const done = await run(() =>
      rejectClosureAction({}, form({ requestId: request.id, reason: "Declarations of this month are under review" })),
    );
    expect(done).toEqual({ redirect: "/admin/closures?status=REJECTED&done=rejected" });
    const after = await db.accountClosureRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: "REJECTED", openKey: null, decidedById: ids.staff });
    const notice = await db.notification.findFirstOrThrow({ where: { userId: m.userId, kind: "closureRejected" } });
    const zh = await renderNotification(notice, "zh-CN");
    expect(zh.body).toContain("Declarations of this month are under review");
    expect(zh.title).toBe("您的账号注销申请已被驳回");
    expect((await requestClosure(db, { userId: m.userId })).ok).toBe(true);
  });

  it("never lets staff decide on their own request", async () => {
    const request = await requestClosure(db, { userId: ids.staff });
    expect(request.ok).toBe(true);
    const own = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: ids.staff, status: "PENDING" } });
    expect(await completeClosure(db, staff(), own.id)).toEqual({ ok: false, reason: "ownRequest" });
    expect(await rejectClosure(db, staff(), own.id, "x")).toEqual({ ok: false, reason: "ownRequest" });
    expect(await withdrawClosure(db, { userId: ids.staff })).toBe(true);
  });
});

/** Every row of the tables that hold people's data or the figures, by table and id. */
async function snapshot() {
  const tables = {
    user: await db.user.findMany({ omit: { passwordHash: false } }),
    membership: await db.membership.findMany(),
    merchant: await db.merchant.findMany(),
    notification: await db.notification.findMany(),
    session: await db.session.findMany(),
    recoveryCode: await db.recoveryCode.findMany(),
    webAuthnCredential: await db.webAuthnCredential.findMany(),
    webAuthnChallenge: await db.webAuthnChallenge.findMany(),
    passwordToken: await db.passwordToken.findMany(),
    apiToken: await db.apiToken.findMany(),
    invitation: await db.invitation.findMany(),
    signup: await db.signup.findMany(),
    ticket: await db.ticket.findMany(),
    declaration: await db.declaration.findMany(),
    auditLog: await db.auditLog.findMany(),
    privacyConsent: await db.privacyConsent.findMany(),
    accountClosureRequest: await db.accountClosureRequest.findMany(),
    declarationRollup: (await db.declarationRollup.findMany()).map((r) => ({ ...r, id: Object.values(r).join("|") })),
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [
      name,
      new Map(
        (rows as { id: string }[]).map((r) => [
          r.id,
          JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? `${v}n` : v)),
        ]),
      ),
    ]),
  );
}

describe("completing a closure", () => {
  it("anonymises the person, removes what could act as them, keeps the records and leaves the figures and everyone else as they were", async () => {
    // A sole owner (the company's contact) with declarations, and people around them.
    const company = await makeMerchant(db, { parkId });
    const closer = company.userId;
    const formerEmail = (await db.user.findUniqueOrThrow({ where: { id: closer } })).email;
    const declaration = declarationSchema("2026-11-28");
    for (const [day, amount] of [
      ["2026-03-12", "12345.67"],
      ["2026-10-02", "98765.43"],
    ]) {
      const created = await createDeclaration(
        db,
        { userId: closer, merchantId: company.merchantId },
        declaration.parse({
          declaredOn: day,
          customsMode: "9610",
          direction: "EXPORT",
          country: "NZ",
          currency: "CNY",
          amount,
          platform: "amazon",
          hsChapter: "",
          reference: `CLOSE-${day}`,
        }),
      );
      if (!created.ok) throw new Error(JSON.stringify(created));
    }
    await givePersonalData(db, company, "closer-51e0", signUp);
    const other = await makeMerchant(db, { parkId });
    const colleagueElsewhere = await makeMember(db, other.merchantId, "bystander-77aa");
    await givePersonalData(db, other, "bystander-owner-1b", signUp);
    await givePersonalData(db, { userId: colleagueElsewhere, merchantId: other.merchantId }, "bystander-77aa", signUp);
    await requestClosure(db, { userId: closer });
    const request = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: closer } });

    const views = [
      [{ role: "STAFF" as const, parkId: null }, { year: "2026" }],
      [
        { role: "STAFF" as const, parkId: null },
        { year: "2026", mode: "9610" },
      ],
      [{ role: "PARK_OPERATOR" as const, parkId }, { year: "2026" }],
    ] as const;
    clearViewCache();
    const figuresBefore = await Promise.all(views.map(([user, filters]) => getDashboard(user, filters, NOW)));
    const before = await snapshot();

    as(ids.staff);
    const done = await run(() => completeClosureAction({}, form({ requestId: request.id })));
    expect(done).toEqual({ redirect: "/admin/closures?done=completed" });

    // The figures, read afresh through the dashboard's own functions, are the same.
    clearViewCache();
    const figuresAfter = await Promise.all(views.map(([user, filters]) => getDashboard(user, filters, NOW)));
    expect(figuresAfter).toEqual(figuresBefore);
    expect(figuresBefore[0].counts.approvedMerchants).toBeGreaterThan(0);

    // The person: placeholders, disabled, no second factor.
    const user = await db.user.findUniqueOrThrow({ where: { id: closer }, omit: { passwordHash: false } });
    expect(user).toMatchObject({
      email: closedEmail(closer),
      name: CLOSED_NAME,
      disabled: true,
      totpSecretEncrypted: null,
      totpEnabledAt: null,
      locale: null,
    });
    expect(user.passwordHash).not.toBe("pwhash-closer-51e0");
    for (const [table, count] of Object.entries({
      session: db.session.count({ where: { userId: closer } }),
      recoveryCode: db.recoveryCode.count({ where: { userId: closer } }),
      webAuthnCredential: db.webAuthnCredential.count({ where: { userId: closer } }),
      webAuthnChallenge: db.webAuthnChallenge.count({ where: { userId: closer } }),
      passwordToken: db.passwordToken.count({ where: { userId: closer } }),
      notification: db.notification.count({ where: { userId: closer } }),
      apiToken: db.apiToken.count({ where: { createdById: closer } }),
      invitation: db.invitation.count({ where: { OR: [{ invitedById: closer }, { email: formerEmail }] } }),
      membership: db.membership.count({ where: { userId: closer } }),
    }))
      expect(await count, table).toBe(0);
    // Attendee names of the signups they made, on the signup and its tickets.
    const signup = await db.signup.findFirstOrThrow({ where: { createdById: closer }, include: { tickets: true } });
    expect(JSON.parse(signup.attendeeNames)).toEqual(["参会人 Attendee 1", "参会人 Attendee 2"]);
    expect(signup.tickets.map((t) => t.name).sort()).toEqual(["参会人 Attendee 1", "参会人 Attendee 2"]);
    expect(signup.status).toBe("CONFIRMED");
    // The company's registration record stays; its contact, who was this person, is a placeholder.
    const merchant = await db.merchant.findUniqueOrThrow({ where: { id: company.merchantId } });
    expect(merchant).toMatchObject({ contactName: CLOSED_NAME, contactEmail: closedEmail(closer), contactPhone: "" });
    const merchantBefore = JSON.parse(before.merchant.get(company.merchantId)!);
    for (const field of ["nameZh", "nameEn", "uscc", "parkId", "verificationStatus", "accountState"])
      expect(merchant[field as keyof typeof merchant], field).toEqual(merchantBefore[field]);
    // The audit trail stays, naming the anonymised account.
    const trail = await db.auditLog.findMany({ where: { actorId: closer }, include: { actor: true } });
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["declaration.create", "sku.create"]));
    expect(trail.every((e) => e.actor?.name === CLOSED_NAME)).toBe(true);

    // Everything else is as it was: every row before is there unchanged, but the person's own
    // records listed above, the company's contact and the decided request; the one new row is the audit entry.
    const after = await snapshot();
    const changedIds = new Set([closer, company.merchantId, request.id, signup.id, ...signup.tickets.map((t) => t.id)]);
    const ownRow = (table: string, row: Record<string, unknown>) =>
      changedIds.has(row.id as string) ||
      ([
        "membership",
        "notification",
        "session",
        "recoveryCode",
        "webAuthnCredential",
        "webAuthnChallenge",
        "passwordToken",
      ].includes(table) &&
        row.userId === closer) ||
      (table === "apiToken" && row.createdById === closer) ||
      (table === "invitation" && (row.invitedById === closer || row.email === formerEmail));
    for (const [table, rows] of Object.entries(before)) {
      for (const [id, json] of rows) {
        if (ownRow(table, JSON.parse(json))) continue;
        expect(after[table].get(id), `${table} ${id}`).toBe(json);
      }
      const added = [...after[table].keys()].filter((id) => !rows.has(id));
      if (table === "auditLog") {
        expect(added.map((id) => JSON.parse(after.auditLog.get(id)!).action)).toEqual(["privacy.closure_complete"]);
      } else expect(added, table).toEqual([]);
    }
    expect(after.declaration.size).toBe(before.declaration.size);
    expect([...after.declaration.values()].filter((d) => d.includes(company.merchantId))).toHaveLength(2);
  });

  it("tells the person by email at the address they had, in their language", async () => {
    const m = await makeMerchant(db, { parkId });
    const email = (await db.user.findUniqueOrThrow({ where: { id: m.userId } })).email;
    await requestClosure(db, { userId: m.userId });
    const request = await db.accountClosureRequest.findFirstOrThrow({ where: { userId: m.userId } });
    const result = await completeClosure(db, staff(), request.id);
    expect(result.ok && result.mail).toMatchObject({ to: email, subject: "您的账号已注销" });
    // Done once: a second completion finds nothing pending.
    expect(await completeClosure(db, staff(), request.id)).toEqual({ ok: false, reason: "notFound" });
  });
});
