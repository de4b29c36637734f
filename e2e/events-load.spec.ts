import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { expect, test } from "@playwright/test";
import { usccCheckChar } from "../lib/validation/uscc";

// 200 merchants sign up at once for an event of 50 seats, through real HTTP,
// split between the e2e server and a second `next start` process on the same
// SQLite database. Seats are never oversold, the rest are waitlisted in
// order, and every request is answered.

const ROOT = process.cwd();
const DB_FILE = path.join(ROOT, ".tmp/e2e/db/portal.db");
const SESSION_COOKIE = "authjs.session-token";
/** The fixture's accounts have no usable password; each gets a server-side session row instead. */
const PASSWORD_HASH = "-";
const MERCHANTS = 200;
const CAPACITY = 50;

/** Prisma's SQLite DateTime text. */
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

type Fixture = {
  slug: string;
  eventId: string;
  users: { id: string; email: string; name: string; sessionId: string }[];
  merchantIds: string[];
};

/** 200 approved merchants with an owner each, and a published event, written straight to the e2e database. */
function createFixture(db: Database.Database): Fixture {
  const run = String(Date.now()).slice(-4);
  const now = new Date();
  const park = db.prepare(`SELECT "id" FROM "Park" WHERE "code" = 'XIYONG'`).get() as { id: string };
  const users: Fixture["users"] = [];
  const merchantIds: string[] = [];
  const insertMerchant = db.prepare(
    `INSERT INTO "Merchant" ("id","nameZh","nameEn","uscc","parkId","verificationStatus","accountState","contactName","contactPhone","contactEmail","submittedAt","reviewedAt","createdAt","updatedAt")
     VALUES (?,?,?,?,?,'APPROVED','ACTIVE','压测','13800138000',?,?,?,?,?)`,
  );
  const insertUser = db.prepare(
    `INSERT INTO "User" ("id","email","name","passwordHash","role","createdAt","updatedAt") VALUES (?,?,?,?,'MERCHANT',?,?)`,
  );
  const insertSession = db.prepare(
    `INSERT INTO "Session" ("id","userId","createdAt","lastSeenAt","expiresAt") VALUES (?,?,?,?,?)`,
  );
  const insertMembership = db.prepare(
    `INSERT INTO "Membership" ("id","userId","merchantId","role","createdAt") VALUES (?,?,?,'OWNER',?)`,
  );
  const slug = `load-test-${randomUUID().slice(0, 8)}`;
  const eventId = `load${randomUUID().replace(/-/g, "")}`.slice(0, 25);
  db.transaction(() => {
    for (let i = 0; i < MERCHANTS; i++) {
      const n = String(i).padStart(3, "0");
      const first17 = `91500106LD${run}${n}`;
      const merchantId = `loadm${run}${n}${randomUUID().slice(0, 8)}`;
      const user = {
        id: `loadu${run}${n}${randomUUID().slice(0, 8)}`,
        email: `load-${run}-${n}@example.com`,
        name: `压测${n}`,
        sessionId: `loads${run}${n}${randomUUID().slice(0, 8)}`,
      };
      const t = stamp(now);
      insertMerchant.run(
        merchantId,
        `重庆压测${run}${n}电子有限公司`,
        `Load Test ${run}-${n} Co., Ltd.`,
        first17 + usccCheckChar(first17),
        park.id,
        user.email,
        t,
        t,
        t,
        t,
      );
      insertUser.run(user.id, user.email, user.name, PASSWORD_HASH, t, t);
      insertSession.run(user.sessionId, user.id, t, t, stamp(new Date(now.getTime() + 3600_000)));
      insertMembership.run(`loadms${run}${n}${randomUUID().slice(0, 8)}`, user.id, merchantId, t);
      users.push(user);
      merchantIds.push(merchantId);
    }
    const startsAt = new Date(now.getTime() + 30 * 86_400_000);
    db.prepare(
      `INSERT INTO "Event" ("id","slug","titleZh","titleEn","belt","startsAt","endsAt","venueZh","capacity","seatsTaken","signupDeadline","status","createdAt","updatedAt")
       VALUES (?,?,?,?,'nev-parts',?,?,'压测会场',?,0,?,'PUBLISHED',?,?)`,
    ).run(
      eventId,
      slug,
      "并发报名压力测试",
      "Concurrent signup load test",
      stamp(startsAt),
      stamp(new Date(startsAt.getTime() + 6 * 3_600_000)),
      CAPACITY,
      stamp(new Date(startsAt.getTime() - 86_400_000)),
      stamp(now),
      stamp(now),
    );
  })();
  return { slug, eventId, users, merchantIds };
}

function removeFixture(db: Database.Database, f: Fixture) {
  db.transaction(() => {
    db.prepare(`DELETE FROM "Event" WHERE "id" = ?`).run(f.eventId);
    const users = db.prepare(`DELETE FROM "User" WHERE "id" = ?`);
    const merchants = db.prepare(`DELETE FROM "Merchant" WHERE "id" = ?`);
    const sessions = db.prepare(`DELETE FROM "Session" WHERE "userId" = ?`);
    for (const u of f.users) sessions.run(u.id);
    for (const u of f.users) users.run(u.id);
    for (const m of f.merchantIds) merchants.run(m);
  })();
}

/** A port nobody listens on, so that the health check reaches our own second server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the second server exited with ${server.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

test("200 concurrent signups over two server processes fill 50 seats exactly and waitlist the rest in order", async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const secret = process.env.AUTH_SECRET || readFileSync(path.join(ROOT, "data/auth-secret"), "utf8").trim();
  const db = new Database(DB_FILE, { timeout: 10_000 });
  // The clean-up relies on the schema's cascades.
  db.pragma("foreign_keys = ON");
  const fixture = createFixture(db);
  const port = await freePort();
  // Its own process group, so that stopping it stops whatever it started.
  const second = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        DATABASE_URL: `file:${DB_FILE}`,
        AUTH_SECRET: secret,
        DEMO_DATA: "off",
        // Both processes serve one portal: links name the first one's origin.
        AUTH_URL: baseURL,
      },
      stdio: "ignore",
      detached: true,
    },
  );
  try {
    const secondURL = `http://127.0.0.1:${port}`;
    await waitForHealth(`${secondURL}/api/health`, second, 90_000);
    const cookies = await Promise.all(
      fixture.users.map((u) =>
        encode({
          token: { sub: u.id, email: u.email, name: u.name, sid: u.sessionId },
          secret,
          salt: SESSION_COOKIE,
          maxAge: 3600,
        }),
      ),
    );
    // 150 signups of one seat and 50 of two: enough single seats that the last seat is always taken.
    const seatsOf = (i: number) => (i % 4 === 3 ? 2 : 1);
    // Bounded by the test's timeout, not by a speed assertion: speed is for `npm run bench`.
    const answers = await Promise.all(
      cookies.map(async (jwt, i) => {
        const res = await fetch(`${i % 2 ? secondURL : baseURL}/api/events/${fixture.slug}/signups`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${jwt}` },
          body: JSON.stringify({
            attendees: Array.from({ length: seatsOf(i) }, (_, k) => `参会人${i}-${k}`),
            privacyConsent: true,
            attendeesInformed: true,
          }),
        });
        return {
          status: res.status,
          body: (await res.json()) as { status?: string; signupId?: string; position?: number | null },
        };
      }),
    );

    // Nothing errored: every answer is a 2xx with a signup status.
    expect(answers.filter((a) => a.status < 200 || a.status > 299)).toEqual([]);
    expect(answers.every((a) => a.body.status === "CONFIRMED" || a.body.status === "WAITLISTED")).toBe(true);

    const rows = db
      .prepare(`SELECT "id", "merchantId", "seats", "status", "waitlistSeq" FROM "Signup" WHERE "eventId" = ?`)
      .all(fixture.eventId) as {
      id: string;
      merchantId: string;
      seats: number;
      status: string;
      waitlistSeq: number | null;
    }[];
    const event = db.prepare(`SELECT "seatsTaken", "capacity" FROM "Event" WHERE "id" = ?`).get(fixture.eventId) as {
      seatsTaken: number;
      capacity: number;
    };
    const confirmed = rows.filter((r) => r.status === "CONFIRMED");
    const waitlisted = rows.filter((r) => r.status === "WAITLISTED");

    // Exactly the capacity confirmed, counted both ways, and the counts add up.
    expect(confirmed.reduce((sum, r) => sum + r.seats, 0)).toBe(CAPACITY);
    expect(event.seatsTaken).toBe(CAPACITY);
    expect(rows).toHaveLength(MERCHANTS);
    expect(confirmed.length + waitlisted.length).toBe(MERCHANTS);
    expect(new Set(rows.map((r) => r.merchantId)).size).toBe(MERCHANTS);
    expect(answers.filter((a) => a.body.status === "CONFIRMED")).toHaveLength(confirmed.length);

    // The waitlist is numbered 1..n without gaps, and each merchant was told its place.
    const seqs = waitlisted.map((r) => r.waitlistSeq!).sort((a, b) => a - b);
    expect(seqs).toEqual(waitlisted.map((_, k) => k + 1));
    const seqById = new Map(waitlisted.map((r) => [r.id, r.waitlistSeq]));
    for (const a of answers.filter((x) => x.body.status === "WAITLISTED")) {
      expect(a.body.position).toBe(seqById.get(a.body.signupId!));
    }
  } finally {
    if (second.pid && second.exitCode === null) process.kill(-second.pid, "SIGTERM");
    removeFixture(db, fixture);
    db.close();
  }
});
