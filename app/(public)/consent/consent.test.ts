// Consent to the privacy notice (issue 17): each of the three forms that
// collect personal information (registration, accepting an invitation, an
// event signup, and the JSON signup route) refuses a form without the tick and
// writes nothing; with it, the consent is written with the account, the
// notice version, the time and the client address. A signed-in person whose
// latest consent is not to the version in force is sent to /consent first.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { redirectTarget, sessionStub } from "@/lib/testing/next-stubs";

const CLIENT = "203.0.113.7";
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ host: "portal.test", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined }),
}));
const signIn = vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined);
vi.mock("@/lib/server/auth/auth", () => ({ signIn }));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { usccCheckChar } = await import("@/lib/validation/uscc");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const { CURRENT_NOTICE } = await import("@/lib/privacy/notice");
const { recordConsent } = await import("@/lib/server/privacy/consents");
const { requirePageUser } = await import("@/lib/server/auth/guards");
const { registerAction } = await import("@/app/(public)/register/actions");
const { inviteMemberAction } = await import("@/app/merchant/(approved)/team/actions");
const { acceptInvitationAction } = await import("@/app/(public)/invite/[token]/actions");
const { signUpAction } = await import("@/app/(public)/events/[slug]/actions");
const signups = await import("@/app/api/events/[slug]/signups/route");
const { renewConsentAction } = await import("./actions");

const PASSWORD = "a long and unusual passphrase";
let parkId = "";
let platformId = "";
let ownerId = "";
let serial = 0;

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  platformId = (await db.platform.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).id;
  ownerId = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
});
afterAll(() => db.$disconnect());

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};

/** What an action answers: its state, or where its redirect leads. */
async function run<S>(call: () => Promise<S>): Promise<{ redirect: string } | { state: S }> {
  try {
    return { state: await call() };
  } catch (error) {
    const redirect = redirectTarget(error);
    if (redirect !== null) return { redirect };
    throw error;
  }
}

/** Everything a refused form must leave as it was. */
const counts = async () => ({
  users: await db.user.count(),
  merchants: await db.merchant.count(),
  memberships: await db.membership.count(),
  signups: await db.signup.count(),
  consents: await db.privacyConsent.count(),
  audit: await db.auditLog.count(),
});

const consentsOf = (userId: string) => db.privacyConsent.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

function registration(overrides: Record<string, string> = {}) {
  serial += 1;
  const first17 = `91500107MA${String(3000000 + serial).slice(-7)}`;
  return form({
    nameZh: `重庆同意测试${serial}贸易有限公司`,
    nameEn: "",
    uscc: first17 + usccCheckChar(first17),
    parkId,
    platformIds: platformId,
    hsChapters: "85",
    contactName: "周敏",
    contactPhone: "13800138000",
    email: `consent.owner${serial}@example.com`,
    password: PASSWORD,
    formShownAt: shownSecondsAgo("register"),
    ...overrides,
  });
}

describe("registration", () => {
  it("records the owner's consent with the notice version, the time and the client address", async () => {
    sessionStub.userId = null;
    const before = Date.now();
    const f = registration({ privacyConsent: "on" });
    expect(await run(() => registerAction({}, f))).toEqual({ redirect: "/register/sent" });
    const user = await db.user.findUniqueOrThrow({ where: { email: f.get("email") as string } });
    const [consent] = await consentsOf(user.id);
    expect(consent).toMatchObject({
      noticeVersion: CURRENT_NOTICE.id,
      purpose: "REGISTRATION",
      clientAddress: CLIENT,
      eventId: null,
    });
    expect(consent.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(consent.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("records the consent the browser's box sends: the notice version the page showed", async () => {
    sessionStub.userId = null;
    const f = registration({ privacyConsent: CURRENT_NOTICE.id });
    expect(await run(() => registerAction({}, f))).toEqual({ redirect: "/register/sent" });
    const user = await db.user.findUniqueOrThrow({ where: { email: f.get("email") as string } });
    expect(await consentsOf(user.id)).toMatchObject([{ noticeVersion: CURRENT_NOTICE.id, purpose: "REGISTRATION" }]);
  });

  it("asks again when the box was ticked on a page that showed an earlier notice, and writes nothing", async () => {
    sessionStub.userId = null;
    const before = await counts();
    const earlier = String(Number(CURRENT_NOTICE.id) - 1);
    const answer = await run(() => registerAction({}, registration({ privacyConsent: earlier })));
    expect(answer).toMatchObject({
      state: { ok: false, fieldErrors: { privacyConsent: expect.stringContaining("changed after this page opened") } },
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["missing", {}],
    ["forged", { privacyConsent: "yes" }],
  ])(
    "refuses a form whose tick is %s, with a message by the box, and writes nothing",
    async (_, tick: Record<string, string>) => {
      sessionStub.userId = null;
      const before = await counts();
      const answer = await run(() => registerAction({}, registration(tick)));
      expect(answer).toMatchObject({
        state: { ok: false, fieldErrors: { privacyConsent: expect.stringContaining("privacy notice") } },
      });
      expect(await counts()).toEqual(before);
    },
  );
});

describe("accepting an invitation", () => {
  async function invite(email: string) {
    sessionStub.userId = ownerId;
    const state = await inviteMemberAction({}, form({ email }));
    expect(state.ok).toBe(true);
    sessionStub.userId = null;
    return state.data!.link.split("/invite/")[1];
  }
  const accept = (token: string, extra: Record<string, string>) =>
    run(() =>
      acceptInvitationAction(
        {},
        form({ token, name: "陈静", password: PASSWORD, confirmPassword: PASSWORD, ...extra }),
      ),
    );

  it("records the new member's consent in the same step as the account", async () => {
    const token = await invite("consent.member@example.com");
    await accept(token, { privacyConsent: "on" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "consent.member@example.com" } });
    expect(await consentsOf(user.id)).toMatchObject([
      { noticeVersion: CURRENT_NOTICE.id, purpose: "INVITATION", clientAddress: CLIENT },
    ]);
  });

  it("refuses without the tick: no account, and the link stays unused", async () => {
    const token = await invite("consent.refused@example.com");
    const before = await counts();
    expect(await accept(token, {})).toMatchObject({
      state: { ok: false, fieldErrors: { privacyConsent: expect.stringContaining("privacy notice") } },
    });
    expect(await counts()).toEqual(before);
    expect(await db.invitation.findFirstOrThrow({ where: { email: "consent.refused@example.com" } })).toMatchObject({
      acceptedAt: null,
    });
  });
});

describe("signing up for an event", () => {
  const attendees = { attendees: ["李四", "王五"], formShownAt: shownSecondsAgo("eventSignup") };

  it("records the consent, the event and the company's statement that the attendees were told", async () => {
    const company = await makeMerchant(db, { parkId });
    const event = await makeEvent(db);
    sessionStub.userId = company.userId;
    const state = await signUpAction(
      {},
      form({ eventKey: event.slug, ...attendees, privacyConsent: "on", attendeesInformed: "on" }),
    );
    expect(state.ok).toBe(true);
    expect(await consentsOf(company.userId)).toMatchObject([
      {
        noticeVersion: CURRENT_NOTICE.id,
        purpose: "EVENT_SIGNUP",
        eventId: event.id,
        attendeesInformed: true,
        clientAddress: CLIENT,
      },
    ]);
  });

  it.each([
    ["the consent", { attendeesInformed: "on" }, "privacyConsent"],
    ["the attendees' statement", { privacyConsent: "on" }, "attendeesInformed"],
  ])("refuses a form without %s and signs nothing up", async (_, ticks: Record<string, string>, field) => {
    const company = await makeMerchant(db, { parkId });
    const event = await makeEvent(db);
    sessionStub.userId = company.userId;
    const before = await counts();
    const state = await signUpAction({}, form({ eventKey: event.slug, ...attendees, ...ticks }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: expect.stringMatching(/privacy notice/) } });
    expect(await counts()).toEqual(before);
  });

  const post = (slug: string, body: Record<string, unknown>) =>
    signups.POST(
      new Request(`https://portal.test/api/events/${slug}/signups`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": CLIENT },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug }) },
    );

  it("through the JSON route: 422 without the consent, 201 and a recorded consent with it", async () => {
    const company = await makeMerchant(db, { parkId });
    const event = await makeEvent(db);
    sessionStub.userId = company.userId;
    const before = await counts();
    const refused = await post(event.slug, { attendees: ["张伟"], attendeesInformed: true });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { fieldErrors: Record<string, string> }).fieldErrors).toHaveProperty(
      "privacyConsent",
    );
    expect(await counts()).toEqual(before);
    const done = await post(event.slug, { attendees: ["张伟"], privacyConsent: true, attendeesInformed: true });
    expect(done.status).toBe(201);
    expect(await consentsOf(company.userId)).toMatchObject([
      { purpose: "EVENT_SIGNUP", eventId: event.id, attendeesInformed: true, clientAddress: CLIENT },
    ]);
  });
});

describe("asking again when the notice changes", () => {
  const guard = () => run(() => requirePageUser(["MERCHANT"], "/merchant"));
  const earlier = { id: "0", effectiveDate: "2026-01-01", textKey: "privacyNotice.v0" } as const;

  it("lets a person whose latest consent is to the version in force through", async () => {
    const company = await makeMerchant(db, { parkId });
    await recordConsent(db, company.userId, "REGISTRATION", { clientAddress: CLIENT });
    sessionStub.userId = company.userId;
    expect(await guard()).toMatchObject({ state: { id: company.userId } });
  });

  it("sends a person who agreed only to an earlier version, or never, to /consent, and records the renewal", async () => {
    const company = await makeMerchant(db, { parkId });
    sessionStub.userId = company.userId;
    expect(await guard()).toEqual({ redirect: "/consent?next=%2Fmerchant" });
    await recordConsent(db, company.userId, "REGISTRATION", { clientAddress: CLIENT }, { notice: earlier });
    expect(await guard()).toEqual({ redirect: "/consent?next=%2Fmerchant" });

    const before = await counts();
    expect(await run(() => renewConsentAction({}, form({ next: "/merchant" })))).toMatchObject({
      state: { ok: false, fieldErrors: { privacyConsent: expect.stringContaining("privacy notice") } },
    });
    expect(await counts()).toEqual(before);
    expect(await guard()).toEqual({ redirect: "/consent?next=%2Fmerchant" });

    expect(await run(() => renewConsentAction({}, form({ next: "/merchant", privacyConsent: "on" })))).toEqual({
      redirect: "/merchant",
    });
    expect((await consentsOf(company.userId)).map((c) => [c.noticeVersion, c.purpose, c.clientAddress])).toEqual([
      ["0", "REGISTRATION", CLIENT],
      [CURRENT_NOTICE.id, "RENEWAL", CLIENT],
    ]);
    expect(await guard()).toMatchObject({ state: { id: company.userId } });
  });

  it("sends renewed staff and operators on only within their own area", async () => {
    const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
    await recordConsent(db, operator.id, "REGISTRATION", { clientAddress: CLIENT }, { notice: earlier });
    sessionStub.userId = operator.id;
    expect(await run(() => requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin"))).toEqual({
      redirect: "/consent?next=%2Fadmin",
    });
    expect(await run(() => renewConsentAction({}, form({ next: "/merchant", privacyConsent: "on" })))).toEqual({
      redirect: "/admin",
    });
  });
});
