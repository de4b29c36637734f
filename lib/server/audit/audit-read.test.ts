import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { getReviewHistory } from "@/lib/server/merchants/review-queue";
import { auditRead, READ_AUDIT_WINDOW_SECONDS } from "./audit-read";
import { AuditFilters, exportAudit } from "./search-audit";

type Viewer = { id: string; role: "STAFF" | "PARK_OPERATOR"; parkId: string | null };
let staff: Viewer;
let operator: Viewer;
let merchant: { id: string; nameZh: string; uscc: string; parkId: string };

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const select = { id: true, role: true, parkId: true } as const;
  staff = (await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" }, select })) as Viewer;
  operator = (await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" }, select })) as Viewer;
  merchant = await db.merchant.findFirstOrThrow({
    where: { parkId: operator.parkId! },
    select: { id: true, nameZh: true, uscc: true, parkId: true },
    orderBy: { id: "asc" },
  });
});
afterAll(() => db.$disconnect());

const views = (actorId: string) =>
  db.auditLog.count({ where: { action: "merchant.view", actorId, entityId: merchant.id } });

describe("reads of personal data in the audit log (OWASP ASVS 8.3.5)", () => {
  it("records one entry per reader and merchant in the window, and another once it has passed", async () => {
    const t0 = new Date("2026-11-30T08:00:00Z");
    expect(await auditRead(db, staff, { action: "merchant.view", merchantId: merchant.id }, t0)).toBe(true);
    expect(await views(staff.id)).toBe(1);
    const later = new Date(t0.getTime() + (READ_AUDIT_WINDOW_SECONDS - 1) * 1000);
    expect(await auditRead(db, staff, { action: "merchant.view", merchantId: merchant.id }, later)).toBe(false);
    expect(await views(staff.id)).toBe(1);
    // Another reader of the same merchant is another entry.
    expect(await auditRead(db, operator, { action: "merchant.view", merchantId: merchant.id }, later)).toBe(true);
    expect(await views(operator.id)).toBe(1);
    const after = new Date(t0.getTime() + READ_AUDIT_WINDOW_SECONDS * 1000 + 1);
    expect(await auditRead(db, staff, { action: "merchant.view", merchantId: merchant.id }, after)).toBe(true);
    expect(await views(staff.id)).toBe(2);
  });

  it("is found by the audit search under the company, by staff and by its park's operator, and stays out of the review history", async () => {
    const reader = await db.user.create({
      data: { email: "reader@example.com", name: "阅读者", passwordHash: "x", role: "STAFF" },
      select: { id: true },
    });
    await auditRead(db, reader, { action: "merchant.view", merchantId: merchant.id });
    for (const viewer of [staff, operator]) {
      for (const term of [merchant.nameZh, merchant.uscc]) {
        const rows = await exportAudit(db, viewer, AuditFilters.parse({ merchant: term, action: "merchant.view" }));
        expect(rows.map((r) => r.actor?.email)).toContain("reader@example.com");
      }
    }
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: reader.id } });
    expect(entry).toMatchObject({ entityType: "Merchant", merchantId: merchant.id, parkId: merchant.parkId });
    expect((await getReviewHistory(merchant.id)).map((h) => h.action)).not.toContain("merchant.view");
  });

  it("records each export of the audit log once per reader and filter in the window", async () => {
    const exports = () => db.auditLog.count({ where: { action: "audit_log.export", actorId: staff.id } });
    await auditRead(db, staff, { action: "audit_log.export", filters: { merchant: "西永" } });
    await auditRead(db, staff, { action: "audit_log.export", filters: { merchant: "西永" } });
    expect(await exports()).toBe(1);
    await auditRead(db, staff, { action: "audit_log.export", filters: { merchant: "大足" } });
    expect(await exports()).toBe(2);
  });
});
