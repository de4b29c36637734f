import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { db } from "@/lib/server/db";
import { providerOf } from "@/lib/db/provider";
import { loadMessages } from "@/lib/i18n/messages";
import { seedDemo } from "@/lib/seed/demo";
import { recordAudit } from "./record-audit";
import { auditCsv, type AuditTranslator } from "./describe-entry";
import { DEFAULT_PAGE_SIZE as AUDIT_PAGE_SIZE, parseListQuery } from "@/lib/paging";
import { AUDIT_LIST, AuditFilters, exportAudit, searchAudit } from "./search-audit";

const t = createTranslator({
  locale: "en",
  messages: loadMessages("en"),
  namespace: "auditLog",
}) as unknown as AuditTranslator;

let staff: { role: "STAFF"; parkId: null };
let operator: { role: "PARK_OPERATOR"; parkId: string };
let ids: {
  staffUser: string;
  xiyongPark: string;
  otherPark: string;
  ours: { id: string; nameZh: string; uscc: string };
  theirs: { id: string; nameZh: string; uscc: string };
};

const search = (viewer: typeof staff | typeof operator, raw: Record<string, string> = {}) =>
  searchAudit(db, viewer, AuditFilters.parse(raw), parseListQuery(AUDIT_LIST, raw));

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const op = await db.user.findUniqueOrThrow({ where: { email: "operator@example.com" } });
  const staffUser = await db.user.findUniqueOrThrow({ where: { email: "staff@example.com" } });
  const select = { id: true, nameZh: true, uscc: true, parkId: true } as const;
  const ours = await db.merchant.findFirstOrThrow({ where: { parkId: op.parkId! }, select, orderBy: { id: "asc" } });
  const theirs = await db.merchant.findFirstOrThrow({
    where: { parkId: { not: op.parkId! } },
    select,
    orderBy: { id: "asc" },
  });
  staff = { role: "STAFF", parkId: null };
  operator = { role: "PARK_OPERATOR", parkId: op.parkId! };
  ids = { staffUser: staffUser.id, xiyongPark: op.parkId!, otherPark: theirs.parkId, ours, theirs };

  // Decisions on both parks' companies, by staff; an SKU change carrying its company in its details.
  await recordAudit(db, {
    actorId: staffUser.id,
    action: "merchant.approve",
    entityType: "Merchant",
    entityId: ours.id,
  });
  await recordAudit(db, {
    actorId: staffUser.id,
    action: "merchant.suspend",
    entityType: "Merchant",
    entityId: theirs.id,
    reason: '=HYPERLINK("http://evil.example")',
  });
  await recordAudit(db, {
    actorId: op.id,
    action: "sku.update",
    entityType: "Sku",
    entityId: "sku-1",
    details: { merchantId: theirs.id, code: "THEIRS-1" },
  });
  await recordAudit(db, {
    actorId: null,
    action: "merchant.register_conflict",
    entityType: "Merchant",
    entityId: ours.id,
    details: { conflict: "uscc", email: "outsider@example.com" },
  });
  await recordAudit(db, { actorId: staffUser.id, action: "park.move", entityType: "Park", entityId: ids.xiyongPark });
  await recordAudit(db, {
    actorId: staffUser.id,
    action: "rate.set",
    entityType: "ExchangeRate",
    entityId: "2025-03:USD",
  });
});
afterAll(() => db.$disconnect());

describe("recordAudit", () => {
  it("records the company and park an entry concerns, from its entity or the merchantId of its details", async () => {
    const rows = await db.auditLog.findMany({
      where: { action: { in: ["merchant.approve", "sku.update", "park.move", "rate.set"] } },
      select: { action: true, merchantId: true, parkId: true },
      orderBy: { action: "asc" },
    });
    expect(rows).toEqual([
      { action: "merchant.approve", merchantId: ids.ours.id, parkId: ids.xiyongPark },
      { action: "park.move", merchantId: null, parkId: ids.xiyongPark },
      { action: "rate.set", merchantId: null, parkId: null },
      { action: "sku.update", merchantId: ids.theirs.id, parkId: ids.otherPark },
    ]);
  });

  it("is matched by the migration's backfill of entries written before the columns existed", async () => {
    const columns = { id: true, merchantId: true, parkId: true } as const;
    const before = await db.auditLog.findMany({ select: columns, orderBy: { id: "asc" } });
    // As the entries stood before the migration: no company, no park.
    await db.$executeRawUnsafe(`UPDATE "AuditLog" SET "merchantId" = NULL, "parkId" = NULL`);
    const folder = providerOf(db) === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
    const sql = readFileSync(`${folder}/20261130160523_audit_search/migration.sql`, "utf8");
    for (const statement of sql
      .slice(sql.indexOf("-- Backfill"))
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s.replace(/--.*$/gm, "").trim()))
      await db.$executeRawUnsafe(statement);
    expect(await db.auditLog.findMany({ select: columns, orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("searchAudit", () => {
  it("filters by actor email or name, action, company name or USCC", async () => {
    const actions = async (raw: Record<string, string>) => (await search(staff, raw)).items.map((e) => e.action).sort();
    expect(await actions({ actor: "STAFF@example" })).toEqual([
      "merchant.approve",
      "merchant.suspend",
      "park.move",
      "rate.set",
    ]);
    expect(await actions({ action: "merchant.suspend" })).toEqual(["merchant.suspend"]);
    expect(await actions({ merchant: ids.theirs.nameZh.slice(0, 6) })).toEqual(
      expect.arrayContaining(["merchant.suspend", "sku.update"]),
    );
    expect(await actions({ merchant: ids.theirs.uscc.toLowerCase() })).toEqual(["merchant.suspend", "sku.update"]);
    // An action this portal does not write is no filter rather than an error.
    expect((await search(staff, { action: "drop.table" })).total).toBe(6);
  });

  it("reads from and to as whole days in Asia/Shanghai", async () => {
    // 23:30 on 1 March and 00:10 on 2 March, Shanghai time.
    for (const [entityId, at] of [
      ["late", "2025-03-01T15:30:00Z"],
      ["next", "2025-03-01T16:10:00Z"],
    ])
      await db.auditLog.create({ data: { action: "rate.set", entityType: "Day", entityId, createdAt: new Date(at) } });
    const days = async (raw: Record<string, string>) =>
      (await search(staff, { action: "rate.set", ...raw })).items
        .filter((e) => e.entityType === "Day")
        .map((e) => e.entityId);
    expect(await days({ from: "2025-03-01", to: "2025-03-01" })).toEqual(["late"]);
    expect(await days({ from: "2025-03-02" })).toEqual(["next"]);
    expect(await days({ to: "2025-03-02" })).toEqual(["next", "late"]);
  });

  it("pages newest first, clamping a page beyond the last", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await db.auditLog.create({
        data: {
          action: "goal.update",
          entityType: "Goal",
          entityId: `g${i}`,
          createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)),
        },
      });
    const first = await search(staff, { action: "goal.update" });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, pages: 2, page: 1 });
    expect(first.items[0].entityId).toBe(`g${AUDIT_PAGE_SIZE + 4}`);
    const last = await search(staff, { action: "goal.update", page: "99" });
    expect(last.page).toBe(2);
    expect(last.items.map((e) => e.entityId)).toEqual(["g4", "g3", "g2", "g1", "g0"]);
  });

  it("shows a park operator its park's entries only: never another park's, whatever it filters by", async () => {
    const mine = await search(operator);
    expect(mine.items.map((e) => e.action).sort()).toEqual(["merchant.approve", "park.move"]);
    for (const raw of <Record<string, string>[]>[
      { merchant: ids.theirs.uscc },
      { action: "merchant.suspend" },
      { action: "sku.update" },
      { actor: "operator@example.com" },
    ])
      expect((await search(operator, raw)).total).toBe(0);
    // Registration conflicts name an outsider: staff only, as in the review queue.
    expect((await search(operator, { action: "merchant.register_conflict" })).total).toBe(0);
    expect((await search(staff, { action: "merchant.register_conflict" })).total).toBe(1);
    // An operator without a park sees nothing rather than everything.
    expect((await searchAudit(db, { role: "PARK_OPERATOR", parkId: null }, AuditFilters.parse({}))).total).toBe(0);
  });
});

describe("the audit CSV", () => {
  it("holds the operator's park only, and no field reads as a formula", async () => {
    const operatorCsv = auditCsv(await exportAudit(db, operator, AuditFilters.parse({})), t, "en");
    expect(operatorCsv).toContain(ids.ours.uscc);
    expect(operatorCsv).not.toContain(ids.theirs.uscc);
    expect(operatorCsv).not.toContain("outsider@example.com");
    const staffCsv = auditCsv(
      await exportAudit(db, staff, AuditFilters.parse({ action: "merchant.suspend" })),
      t,
      "en",
    );
    const lines = staffCsv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Time (Asia/Shanghai),Who,Email,Action,Action code,Record type,Record id,Company,USCC,Reason,Details",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Company suspended,merchant.suspend,Merchant");
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
