import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

// Events written straight to the e2e database, for what the browser cannot
// make happen: an event held today (check-in opens on the event's day only).

const DB_FILE = path.resolve(process.cwd(), ".tmp/e2e/db/portal.db");
/** Prisma's SQLite DateTime text. */
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** A published event that started a moment ago and lasts six hours, open for signups for two more hours. */
export function createEventToday(title: { zh: string; en: string }): { id: string; slug: string } {
  const db = new Database(DB_FILE, { timeout: 10_000 });
  try {
    const now = new Date();
    const id = `tk${randomUUID().replace(/-/g, "")}`.slice(0, 25);
    const slug = `tickets-e2e-${randomUUID().slice(0, 8)}`;
    db.prepare(
      `INSERT INTO "Event" ("id","slug","titleZh","titleEn","belt","startsAt","endsAt","venueZh","venueEn","capacity","seatsTaken","signupDeadline","status","createdAt","updatedAt")
       VALUES (?,?,?,?,'electronics',?,?,'西永微电园会议中心','Xiyong Micro-electronics Park Conference Centre',20,0,?,'PUBLISHED',?,?)`,
    ).run(
      id,
      slug,
      title.zh,
      title.en,
      stamp(now),
      stamp(new Date(now.getTime() + 6 * 3_600_000)),
      stamp(new Date(now.getTime() + 2 * 3_600_000)),
      stamp(now),
      stamp(now),
    );
    return { id, slug };
  } finally {
    db.close();
  }
}

/** Moves an event to today: it started a moment ago and lasts six hours. */
export function moveEventToToday(eventId: string): void {
  const db = new Database(DB_FILE, { timeout: 10_000 });
  try {
    const now = new Date();
    db.prepare(`UPDATE "Event" SET "startsAt" = ?, "endsAt" = ? WHERE "id" = ?`).run(
      stamp(now),
      stamp(new Date(now.getTime() + 6 * 3_600_000)),
      eventId,
    );
  } finally {
    db.close();
  }
}
