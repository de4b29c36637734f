// Builders for the events tests: merchants with a signed-in owner, and events
// in any state, written straight to the test database.
import type { Db } from "@/lib/db/create-client";
import { usccCheckChar } from "@/lib/validation/uscc";

let serial = 0;
const next = () => `${process.pid % 1000}${String(serial++).padStart(4, "0")}`;

export type TestMerchant = { merchantId: string; userId: string };

export async function makeMerchant(
  db: Db,
  opts: {
    parkId: string;
    status?: "APPROVED" | "PENDING" | "REJECTED";
    suspended?: boolean;
    platformIds?: string[];
    hsChapters?: string[];
  },
): Promise<TestMerchant> {
  const n = next();
  const first17 = `91500106MA${n.padStart(7, "0").slice(-7)}`;
  const merchant = await db.merchant.create({
    data: {
      nameZh: `重庆测试${n}科技有限公司`,
      nameEn: `Chongqing Test ${n} Technology Co., Ltd.`,
      uscc: first17 + usccCheckChar(first17),
      parkId: opts.parkId,
      verificationStatus: opts.status ?? "APPROVED",
      accountState: opts.suspended ? "SUSPENDED" : "ACTIVE",
      contactName: "测试",
      contactPhone: "13800138000",
      contactEmail: `events-${n}@example.com`,
      platforms: { create: (opts.platformIds ?? []).map((platformId) => ({ platformId })) },
      categories: { create: (opts.hsChapters ?? []).map((hsChapter) => ({ hsChapter })) },
    },
  });
  const user = await db.user.create({
    data: {
      email: `events-${n}@example.com`,
      name: `测试${n}`,
      passwordHash: "x",
      role: "MERCHANT",
      membership: { create: { merchantId: merchant.id, role: "OWNER" } },
    },
  });
  return { merchantId: merchant.id, userId: user.id };
}

const DAY = 86_400_000;

export async function makeEvent(
  db: Db,
  overrides: Partial<{
    capacity: number;
    status: "DRAFT" | "PUBLISHED" | "CANCELLED" | "COMPLETED";
    startsAt: Date;
    signupDeadline: Date;
    partnerIds: string[];
  }> = {},
) {
  const n = next();
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 10 * DAY);
  return db.event.create({
    data: {
      slug: `test-event-${n}`,
      titleZh: `测试对接会${n}`,
      titleEn: `Test matchmaking ${n}`,
      belt: "nev-parts",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
      venueZh: "测试会场",
      capacity: overrides.capacity ?? 10,
      signupDeadline: overrides.signupDeadline ?? new Date(startsAt.getTime() - 3 * DAY),
      status: overrides.status ?? "PUBLISHED",
      partners: { create: (overrides.partnerIds ?? []).map((partnerId) => ({ partnerId })) },
    },
  });
}

export const names = (n: number) => ["张伟", "李娜", "王芳"].slice(0, n);

/** Shorthands for the signup tests: act as a merchant, sign it up, read an event's seats back. */
export function signupKit(db: Db, parkId: string, signUp: typeof import("@/lib/server/events/sign-up").signUp) {
  const actor = (m: TestMerchant) => ({ userId: m.userId, merchantId: m.merchantId });
  return {
    actor,
    merchants: (n: number) => Promise.all(Array.from({ length: n }, () => makeMerchant(db, { parkId }))),
    join: (m: TestMerchant, slug: string, seats: number, partnerIds: string[] = []) =>
      signUp(db, actor(m), slug, { attendees: names(seats), partnerIds }),
    async state(eventId: string) {
      const [event, signups] = await Promise.all([
        db.event.findUniqueOrThrow({ where: { id: eventId } }),
        db.signup.findMany({ where: { eventId }, orderBy: { createdAt: "asc" } }),
      ]);
      return {
        seatsTaken: event.seatsTaken,
        byMerchant: Object.fromEntries(signups.map((s) => [s.merchantId, s.status])),
        signups,
      };
    },
  };
}
