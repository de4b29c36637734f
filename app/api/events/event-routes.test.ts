import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const signups = await import("@/app/api/events/[slug]/signups/route");
const ics = await import("@/app/api/events/[slug]/ics/route");
const csv = await import("@/app/admin/events/[id]/export/route");

const ids: Record<string, string> = {};
let xiyong = "";
let dazu = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "operator@example.com", "merchant@example.com", "pending@example.com"]) {
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  }
  xiyong = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  dazu = (await db.park.findUniqueOrThrow({ where: { code: "DAZU-LONGSHUI" } })).id;
});
afterAll(() => db.$disconnect());

const as = (who: string | null) => {
  sessionStub.userId = who ? (ids[who] ?? who) : null;
};
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const post = (slug: string, body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  signups.POST(
    new Request(`https://portal.test/api/events/${slug}/signups`, {
      method: "POST",
      headers,
      // The consent boxes the route requires (their refusal is app/(public)/consent/consent.test.ts's).
      body:
        typeof body === "string"
          ? body
          : JSON.stringify({ privacyConsent: true, attendeesInformed: true, ...(body as object) }),
    }),
    slugParams(slug),
  );

describe("POST /api/events/[slug]/signups", () => {
  it("signs the session's merchant up once, and answers in JSON", async () => {
    const event = await makeEvent(db, { capacity: 1 });
    as("merchant@example.com");
    const first = await post(event.slug, { attendees: ["张伟"] });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ status: "CONFIRMED", seats: 1, position: null });
    const again = await post(event.slug, { attendees: ["张伟"] });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: "alreadySignedUp",
      message: "Your company has already signed up for this event.",
    });
    const other = await makeMerchant(db, { parkId: xiyong });
    as(other.userId);
    const waitlisted = await post(event.id, { attendees: ["王芳", "李娜"] });
    expect(await waitlisted.json()).toMatchObject({ status: "WAITLISTED", seats: 2, position: 1 });
  });

  it("refuses visitors, staff, pending merchants, other sites and bad bodies", async () => {
    const event = await makeEvent(db);
    as(null);
    expect((await post(event.slug, { attendees: ["张伟"] })).status).toBe(401);
    as("staff@example.com");
    expect((await post(event.slug, { attendees: ["张伟"] })).status).toBe(403);
    as("pending@example.com");
    const pending = await post(event.slug, { attendees: ["李娜"] });
    expect(pending.status).toBe(403);
    expect((await pending.json()).error).toBe("merchantNotApproved");
    as("merchant@example.com");
    expect(
      (await post(event.slug, "attendees=x", { "content-type": "application/x-www-form-urlencoded" })).status,
    ).toBe(415);
    expect(
      (
        await post(
          event.slug,
          { attendees: ["张伟"] },
          { "content-type": "application/json", origin: "https://evil.example" },
        )
      ).status,
    ).toBe(403);
    expect((await post(event.slug, "{not json", { "content-type": "application/json" })).status).toBe(400);
    const invalid = await post(event.slug, { attendees: [] });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      error: "invalid",
      fieldErrors: { attendees: "Name at least one attendee." },
    });
    expect((await post("no-such-event", { attendees: ["张伟"] })).status).toBe(404);
    expect(await db.signup.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("GET /api/events/[slug]/ics", () => {
  it("serves the calendar file of a visible event, and nothing for a draft", async () => {
    as(null);
    const event = await makeEvent(db);
    const res = await ics.GET(new Request("https://portal.test/x"), slugParams(event.slug));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${event.slug}.ics"`);
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`SUMMARY:${event.titleEn}`);
    const draft = await makeEvent(db, { status: "DRAFT" });
    expect((await ics.GET(new Request("https://portal.test/x"), slugParams(draft.slug))).status).toBe(404);
  });
});

describe("GET /admin/events/[id]/export", () => {
  it("gives staff every attendee and an operator its own park's, as Excel-safe CSV with a BOM", async () => {
    const event = await makeEvent(db);
    const inXiyong = await makeMerchant(db, { parkId: xiyong });
    const inDazu = await makeMerchant(db, { parkId: dazu });
    for (const m of [inXiyong, inDazu]) {
      await db.signup.create({
        data: {
          eventId: event.id,
          merchantId: m.merchantId,
          seats: 1,
          attendeeNames: JSON.stringify(['=HYPERLINK("x")']),
          status: "CONFIRMED",
        },
      });
    }
    const get = () => csv.GET(new Request("https://portal.test/x"), { params: Promise.resolve({ id: event.id }) });
    as("staff@example.com");
    const bytes = new Uint8Array(await (await get()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const staffCsv = new TextDecoder().decode(bytes);
    expect(staffCsv).toContain("Company,Unified social credit code,Park,Platforms,Status");
    expect(staffCsv.trim().split("\r\n")).toHaveLength(3);
    expect(staffCsv).toContain(`"'=HYPERLINK(""x"")"`);
    as("operator@example.com");
    const operatorCsv = await (await get()).text();
    expect(operatorCsv.trim().split("\r\n")).toHaveLength(2);
    expect(operatorCsv).toContain("Xiyong");
    as("merchant@example.com");
    expect((await get()).status).toBe(403);
  });
});
