import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { makeEvent } from "@/lib/testing/event-fixtures";
import { sessionStub } from "@/lib/testing/next-stubs";
import { GET as exportAttendees } from "@/app/admin/events/[id]/export/route";
import { GET as exportAuditLog } from "@/app/admin/(lists)/audit/export/route";
import { GET as exportReviewQueue } from "@/app/admin/(lists)/merchants/export/route";
import MerchantReviewPage from "./page";

let staffId = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } })).id;
  sessionStub.userId = staffId;
});
afterAll(async () => {
  sessionStub.userId = null;
  await db.$disconnect();
});

const entries = (action: string, entityId?: string) =>
  db.auditLog.count({ where: { action, actorId: staffId, ...(entityId ? { entityId } : {}) } });

describe("pages and downloads with personal data write a read entry to the audit log (OWASP ASVS 8.3.5)", () => {
  it("a merchant's detail page: once per reader in the window, however often it is opened", async () => {
    const merchant = await db.merchant.findFirstOrThrow({ select: { id: true }, orderBy: { id: "desc" } });
    const props = { params: Promise.resolve({ id: merchant.id }), searchParams: Promise.resolve({}) };
    await MerchantReviewPage(props);
    await MerchantReviewPage(props);
    expect(await entries("merchant.view", merchant.id)).toBe(1);
  });

  it("an event's attendee list, the audit log and the review queue as CSV", async () => {
    const event = await makeEvent(db, { capacity: 5 });
    const attendees = await exportAttendees(new Request(`http://localhost/admin/events/${event.id}/export`), {
      params: Promise.resolve({ id: event.id }),
    });
    expect(attendees.status).toBe(200);
    expect(await entries("event.export_attendees", event.id)).toBe(1);
    const audit = await exportAuditLog(new Request("http://localhost/admin/audit/export?merchant=%E8%A5%BF%E6%B0%B8"));
    expect(audit.status).toBe(200);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "audit_log.export", actorId: staffId } });
    expect(JSON.parse(entry.details)).toMatchObject({ merchant: "西永" });
    const queue = await exportReviewQueue(new Request("http://localhost/admin/merchants/export?status=ALL"));
    expect(queue.status).toBe(200);
    expect(await entries("review_queue.export")).toBe(1);
  });
});
