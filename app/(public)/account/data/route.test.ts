import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { signUp } = await import("@/lib/server/events/sign-up");
const { makeMerchant } = await import("@/lib/testing/event-fixtures");
const { givePersonalData, makeMember, secretsOf } = await import("@/lib/testing/privacy-fixtures");
const { collectPersonalData, personalDataRows } = await import("@/lib/server/privacy/export-personal-data");
const { GET } = await import("@/app/(public)/account/data/route");

const get = (format = "") => GET(new Request(`http://localhost/account/data${format ? `?format=${format}` : ""}`));

let me: { userId: string; merchantId: string };
let colleague: { userId: string; merchantId: string };
let outsider: { userId: string; merchantId: string };
const slugs: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const operator = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  const parkId = operator.parkId!;
  // Me and a colleague in one company; an outsider owns another.
  const company = await makeMerchant(db, { parkId });
  me = { userId: await makeMember(db, company.merchantId, "me-7f3a"), merchantId: company.merchantId };
  colleague = { userId: await makeMember(db, company.merchantId, "colleague-9c2e"), merchantId: company.merchantId };
  outsider = await makeMerchant(db, { parkId });
  await db.user.update({ where: { id: outsider.userId }, data: { email: "outsider-4d1b@example.com" } });
  slugs.me = (await givePersonalData(db, me, "me-7f3a", signUp)).eventSlug;
  slugs.colleague = (await givePersonalData(db, colleague, "colleague-9c2e", signUp)).eventSlug;
  slugs.outsider = (await givePersonalData(db, outsider, "outsider-4d1b", signUp)).eventSlug;
});
afterAll(async () => {
  sessionStub.userId = null;
  await db.$disconnect();
});

describe("the personal data download", () => {
  it("holds the person's profile, membership, consents, notifications, signups with attendees and audit entries", async () => {
    const data = await collectPersonalData(db, me.userId);
    expect(data.profile).toMatchObject({ email: "me-7f3a@example.com", name: "Person me-7f3a", secondFactorOn: true });
    expect(data.memberships).toEqual([expect.objectContaining({ role: "MEMBER" })]);
    expect(data.memberships[0].merchant.id).toBe(me.merchantId);
    expect(data.consents).toEqual([
      expect.objectContaining({ noticeVersion: "2026-12-01", clientAddress: "203.0.113.7" }),
    ]);
    expect(data.notifications.map((n) => n.params)).toContainEqual({ marker: "notice-me-7f3a" });
    expect(data.signups).toHaveLength(1);
    expect(data.signups[0].event.slug).toBe(slugs.me);
    expect(data.signups[0].attendeeNames).toEqual(["Attendee me-7f3a A", "Attendee me-7f3a B"]);
    expect(data.signups[0].tickets.map((t) => t.name)).toEqual(["Attendee me-7f3a A", "Attendee me-7f3a B"]);
    // By them (the SKU, the signup) and about them (joining the team).
    const actions = data.auditEntries.map((e) => `${e.action}:${e.byYou}`);
    expect(actions).toEqual(expect.arrayContaining(["sku.create:true", "signup.confirm:true", "team.join:false"]));
    expect(data.securityKeys).toEqual([expect.objectContaining({ name: "Key me-7f3a" })]);
    expect(data.apiTokens).toEqual([expect.objectContaining({ name: "ERP me-7f3a" })]);
    expect(data.sessions.length).toBeGreaterThan(0);
  });

  it("holds nobody else's data: not a colleague's nor another company's notification, audit entry or signup", async () => {
    const data = await collectPersonalData(db, me.userId);
    const text = JSON.stringify(data);
    for (const other of ["colleague-9c2e", "outsider-4d1b"]) {
      expect(text).not.toContain(other);
    }
    // The colleague's signup is theirs; I only got the company's notice of it.
    expect(data.signups.map((s) => s.event.slug)).toEqual([slugs.me]);
    expect(JSON.stringify(data.auditEntries)).not.toContain(slugs.colleague);
    expect(text).not.toContain(slugs.outsider);
    expect(text).not.toContain(colleague.userId);
    expect(text).not.toContain(outsider.userId);
    // Nor the address of the colleague they invited.
    expect(text).not.toContain("invitee-me-7f3a");
  });

  it("never holds a secret: password, authenticator, recovery code, security key, challenge, reset, token or invitation hash", async () => {
    const data = await collectPersonalData(db, me.userId);
    const text = JSON.stringify(data) + JSON.stringify(personalDataRows(data));
    for (const secret of secretsOf("me-7f3a")) expect(text, secret).not.toContain(secret);
    expect(text).not.toContain(Buffer.from("key-me-7f3a").toString("base64"));
    const codes = await db.ticket.findMany({ where: { signup: { createdById: me.userId } }, select: { code: true } });
    expect(codes).toHaveLength(2);
    for (const { code } of codes) expect(text).not.toContain(code);
  });

  it("is served only to the signed-in person, as JSON and as a CSV with a section column", async () => {
    sessionStub.userId = null;
    expect((await get()).status).toBe(401);

    sessionStub.userId = me.userId;
    const json = await get("json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(
      /attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const body = (await json.json()) as { profile: { email: string }; notifications: { params: unknown }[] };
    expect(body.profile.email).toBe("me-7f3a@example.com");
    expect(body.notifications.map((n) => n.params)).toContainEqual({ marker: "notice-me-7f3a" });

    const csv = await get("csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe("section,record,field,value");
    expect(text).toContain("profile,1,email,me-7f3a@example.com");
    expect(text).toContain("signups,1,attendeeNames[1],Attendee me-7f3a B");
    expect(text).not.toContain("colleague-9c2e");

    // The colleague signed in gets their own, never mine: the route takes no user id.
    sessionStub.userId = colleague.userId;
    const theirs = await (await GET(new Request(`http://localhost/account/data?userId=${me.userId}`))).text();
    expect(theirs).toContain("colleague-9c2e@example.com");
    expect(theirs).not.toContain("me-7f3a");
  });
});
