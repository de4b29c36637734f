// Two portal processes on one PostgreSQL database, each answering part of
// the requests, as behind a reverse proxy (README, Deployment): event seats
// are never oversold, the sign-in limit counts attempts made on either, and a
// dashboard one process has cached shows a declaration made through the
// other. Run by `.ci/run` (vitest.cluster.config.ts), after `npm test` has
// built the portal; it builds only when that build is missing or stale.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { recordConsent } from "@/lib/server/privacy/consents";
import { hashPassword } from "@/lib/server/auth/password";
import { createSession } from "@/lib/server/auth/sessions";
import { shanghaiDay } from "@/lib/time/shanghai";
import { usccCheckChar } from "@/lib/validation/uscc";
import { sessionCookie, startAppServers, stopAppServers, type AppServer } from "./app-servers";

const PORTS = [3215, 3216];
const MERCHANTS = 200;
const CAPACITY = 50;
const PAIR_LIMIT = 6;
const PASSWORD = "cluster-test-password-2026";

let servers: AppServer[] = [];
let parkId = "";
let serial = 0;

/** An approved merchant with an owner who has a server-side session; its names carry `label`. */
async function makeMerchant(label: string) {
  const n = String(serial++).padStart(5, "0");
  const first17 = `91500106CL${String(process.pid % 100).padStart(2, "0")}${n}`;
  const merchant = await db.merchant.create({
    data: {
      nameZh: `重庆${label}${n}有限公司`,
      nameEn: `${label} ${n} Co., Ltd.`,
      uscc: first17 + usccCheckChar(first17),
      parkId,
      verificationStatus: "APPROVED",
      contactName: "集群",
      contactPhone: "13800138000",
      contactEmail: `cluster-${n}@example.com`,
    },
  });
  const user = await db.user.create({
    data: {
      email: `cluster-${n}@example.com`,
      name: `集群${n}`,
      passwordHash: "-",
      role: "MERCHANT",
      membership: { create: { merchantId: merchant.id, role: "OWNER" } },
    },
  });
  // Agreed to the privacy notice in force, as every user has before their area opens (issue 17).
  await recordConsent(db, user.id, "RENEWAL", { clientAddress: "127.0.0.1" });
  return { merchant, user, cookie: await sessionCookie(user, await createSession(db, user.id)) };
}

beforeAll(async () => {
  if (!process.env.TEST_POSTGRES_URL)
    throw new Error("The multi-process test runs on PostgreSQL: set TEST_POSTGRES_URL.");
  await seedDemo(db, { passwordHash: "-" });
  parkId = (await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } })).id;
  servers = await startAppServers(PORTS, {
    DATABASE_URL: process.env.DATABASE_URL,
    AUTH_SECRET: process.env.AUTH_SECRET,
    // One portal on two processes: links name the first one's origin.
    AUTH_URL: `http://localhost:${PORTS[0]}`,
    DEMO_DATA: "off",
    LOGIN_MAX_ATTEMPTS_PER_PAIR: String(PAIR_LIMIT),
    LOGIN_MAX_ATTEMPTS_PER_IP: "1000",
    // No waiting between attempts: the test is about the count, not the delay.
    LOGIN_SLOWDOWN_AFTER: "1000",
  });
}, 900_000);

afterAll(async () => {
  stopAppServers(servers);
  await db.$disconnect();
});

/** The i-th request's server: every other one goes to the second process. */
const serverFor = (i: number) => servers[i % servers.length].url;

describe("two app servers on one PostgreSQL database", () => {
  it("200 concurrent signups spread over both processes confirm exactly 50 seats and waitlist the rest in order", async () => {
    const event = await db.event.create({
      data: {
        slug: `cluster-${randomUUID().slice(0, 8)}`,
        titleZh: "集群报名测试",
        titleEn: "Cluster signup test",
        belt: "nev-parts",
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 6 * 3_600_000),
        capacity: CAPACITY,
        signupDeadline: new Date(Date.now() + 29 * 86_400_000),
        status: "PUBLISHED",
      },
    });
    const crowd = [];
    for (let i = 0; i < MERCHANTS; i++) crowd.push(await makeMerchant("Signup"));
    // 150 signups of one seat and 50 of two: the last seat is always taken.
    const seatsOf = (i: number) => (i % 4 === 3 ? 2 : 1);
    const answers = await Promise.all(
      crowd.map(async ({ cookie }, i) => {
        const res = await fetch(`${serverFor(i)}/api/events/${event.slug}/signups`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({
            attendees: Array.from({ length: seatsOf(i) }, (_, k) => `参会人${i}-${k}`),
            privacyConsent: true,
            attendeesInformed: true,
          }),
        });
        return { status: res.status, body: (await res.json()) as { status?: string; position?: number | null } };
      }),
    );
    expect(answers.filter((a) => a.status !== 201)).toEqual([]);

    const signups = await db.signup.findMany({ where: { eventId: event.id } });
    const confirmed = signups.filter((s) => s.status === "CONFIRMED");
    const waitlisted = signups.filter((s) => s.status === "WAITLISTED");
    expect(confirmed.reduce((sum, s) => sum + s.seats, 0)).toBe(CAPACITY);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(CAPACITY);
    expect(confirmed.length + waitlisted.length).toBe(MERCHANTS);
    expect(waitlisted.map((s) => s.waitlistSeq).sort((a, b) => a! - b!)).toEqual(waitlisted.map((_, k) => k + 1));
    // Both processes took part in confirming and waitlisting.
    const confirmedBy = (parity: number) =>
      answers.filter((a, i) => i % 2 === parity && a.body.status === "CONFIRMED").length;
    expect(confirmedBy(0) + confirmedBy(1)).toBe(confirmed.length);
  });

  it("the sign-in limit counts the attempts made on either process, exactly", async () => {
    const { user } = await makeMerchant("Signin");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    const attempt = async (server: string, password: string) => {
      const csrf = await fetch(`${server}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const res = await fetch(`${server}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ email: user.email, password, csrfToken, callbackUrl: "/merchant" }),
        redirect: "manual",
      });
      const location = res.headers.get("location") ?? "";
      if (res.status >= 400 || !location) throw new Error(`sign-in answered ${res.status} without a redirect`);
      return new URL(location, server).searchParams.get("code") ?? "signed-in";
    };
    // Twice the limit, all at once, alternating between the processes.
    const codes = await Promise.all(Array.from({ length: 2 * PAIR_LIMIT }, (_, i) => attempt(serverFor(i), "wrong")));
    expect(codes.filter((c) => c === "credentials")).toHaveLength(PAIR_LIMIT);
    expect(codes.filter((c) => c === "rate_limited")).toHaveLength(PAIR_LIMIT);
    // The right password is refused on both processes until the window ends.
    expect(await attempt(servers[0].url, PASSWORD)).toBe("rate_limited");
    expect(await attempt(servers[1].url, PASSWORD)).toBe("rate_limited");
  });

  it("a dashboard cached in one process shows a declaration made through the other", async () => {
    const staff = await db.user.create({
      data: {
        email: `cluster-staff-${randomUUID().slice(0, 8)}@example.com`,
        name: "集群员工",
        passwordHash: "-",
        role: "STAFF",
        // A second factor, so that /admin opens (the session below stands for a completed sign-in).
        totpEnabledAt: new Date(),
      },
    });
    await recordConsent(db, staff.id, "RENEWAL", { clientAddress: "127.0.0.1" });
    const staffCookie = await sessionCookie(staff, await createSession(db, staff.id));
    const declarant = await makeMerchant("ClusterProbe");
    const probe = declarant.merchant.nameEn;
    const dashboard = async (server: string) => {
      const res = await fetch(`${server}/admin`, {
        headers: { cookie: staffCookie, "accept-language": "en" },
        redirect: "manual",
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const [a, b] = servers.map((s) => s.url);
    // Both processes fill their cache with the figures before the declaration.
    for (const server of [a, b, b]) expect(await dashboard(server)).not.toContain(probe);

    // The merchant declares through the first process's form, as a browser without JavaScript posts it.
    const formPage = await fetch(`${a}/merchant/declarations/new`, { headers: { cookie: declarant.cookie } });
    expect(formPage.status).toBe(200);
    const form = declarationForm(await formPage.text());
    const platform = await db.platform.findFirstOrThrow({ select: { id: true } });
    for (const [name, value] of Object.entries({
      declaredOn: shanghaiDay(new Date()),
      customsMode: "9610",
      direction: "EXPORT",
      country: "US",
      currency: "CNY",
      amount: "987654321.00",
      platform: platform.id,
      hsChapter: "",
      reference: "CLUSTER-1",
    }))
      form.set(name, value);
    const posted = await fetch(`${a}/merchant/declarations/new`, {
      method: "POST",
      headers: { cookie: declarant.cookie, origin: a },
      body: form,
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toMatch(/\/merchant\/declarations\?created=/);
    expect(await db.declaration.count({ where: { merchantId: declarant.merchant.id } })).toBe(1);

    // The second process had the old figures cached: it shows the new ones.
    expect(await dashboard(b)).toContain(probe);
    expect(await dashboard(a)).toContain(probe);
  });
});

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields (React's action id and state) of the page's declaration form. */
function declarationForm(html: string): FormData {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes('name="reference"'));
  if (!form) throw new Error("no declaration form on the page");
  const data = new FormData();
  for (const input of form.match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(input)) continue;
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) data.set(decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? ""));
  }
  return data;
}
