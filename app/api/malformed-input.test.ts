import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "portal.test" }) }));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { createApiToken } = await import("@/lib/server/api/create-api-token");
const { makeEvent } = await import("@/lib/testing/event-fixtures");
const ics = await import("./events/[slug]/ics/route");
const signups = await import("./events/[slug]/signups/route");
const skus = await import("./v1/skus/route");
const logo = await import("./merchants/[id]/logo/route");
const dashboardExport = await import("@/app/admin/dashboard/export/[table]/route");
const eventPage = await import("@/app/(public)/events/[slug]/page");

// A path segment Next.js could not decode reaches the route as it was sent.
const MALFORMED = "%E0%A4%A";
const ids: Record<string, string> = {};
let token = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  for (const email of ["staff@example.com", "merchant@example.com"])
    ids[email] = (await db.user.findUniqueOrThrow({ where: { email } })).id;
  const owner = await db.membership.findFirstOrThrow({ where: { userId: ids["merchant@example.com"] } });
  const created = await createApiToken(db, { userId: owner.userId, merchantId: owner.merchantId }, "ERP");
  if (!created.ok) throw new Error("token");
  token = created.token;
});
afterAll(() => db.$disconnect());

const slug = (value: string) => ({ params: Promise.resolve({ slug: value }) });

describe("a malformed percent-escape in an event's path", () => {
  it("is a 404 from the calendar file and the signup route, not a URIError", async () => {
    const res = await ics.GET(new Request(`https://portal.test/api/events/${MALFORMED}/ics`), slug(MALFORMED));
    expect(res.status).toBe(404);
    sessionStub.userId = ids["merchant@example.com"];
    const post = await signups.POST(
      new Request(`https://portal.test/api/events/${MALFORMED}/signups`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ attendees: ["张伟"], privacyConsent: true, attendeesInformed: true }),
      }),
      slug(MALFORMED),
    );
    expect(post.status).toBe(404);
  });

  it("gives the event page's metadata the default title instead of throwing", async () => {
    expect(await eventPage.generateMetadata(slug(MALFORMED))).toEqual({ title: "Matchmaking events" });
  });

  it("still finds an event by its slug and by its id", async () => {
    const event = await makeEvent(db);
    expect((await ics.GET(new Request("https://portal.test/"), slug(event.slug))).status).toBe(200);
    expect((await ics.GET(new Request("https://portal.test/"), slug(event.id))).status).toBe(200);
  });
});

describe("odd query strings and headers on route handlers", () => {
  it("never give a 500", async () => {
    const odd: Record<string, string>[] = [
      { "accept-language": "*;q=abc, zh-XX;q=2, ;;;" },
      { "accept-language": "x".repeat(5000) },
      { "content-length": "abc", "x-forwarded-for": "not-an-ip, ::1, 999.1.1.1" },
      { cookie: "authjs.session-token=%E0%A4%A; NEXT_LOCALE=%ZZ" },
    ];
    const queries = [`?cursor=${MALFORMED}&limit=abc`, "?limit=-1&status=%00", `?q=${"%".repeat(300)}`, "?cursor=&&&="];
    for (const headers of odd) {
      for (const query of queries) {
        for (const authorization of [`Bearer ${token}`, "Bearer", "Basic Zm9vOmJhcg==", `Bearer ${"x".repeat(4096)}`]) {
          const res = await skus.GET(
            new Request(`https://portal.test/api/v1/skus${query}`, { headers: { ...headers, authorization } }),
          );
          expect(res.status, `${query} ${authorization.slice(0, 12)}`).toBeLessThan(500);
        }
        sessionStub.userId = ids["staff@example.com"];
        const csv = await dashboardExport.GET(
          new Request(`https://portal.test/admin/dashboard/export/parks${query}&year=${MALFORMED}&zone=%00`, {
            headers,
          }),
          {
            params: Promise.resolve({ table: "parks" }),
          },
        );
        expect(csv.status).toBeLessThan(500);
        const image = await logo.GET(
          new Request(`https://portal.test/api/merchants/${MALFORMED}/logo${query}`, { headers }),
          {
            params: Promise.resolve({ id: MALFORMED }),
          },
        );
        expect(image.status).toBe(404);
      }
    }
  });
});
