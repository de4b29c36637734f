// The audit log is append-only through the app: no code outside the tests
// updates or deletes an entry, and every action the code writes is one the
// search lists and labels.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { EVENT_TRANSITIONS } from "@/lib/server/events/change-event-status";
import { REVIEW_DECISIONS } from "@/lib/server/merchants/review-merchant";
import { REGISTER_CONFLICT } from "@/lib/server/merchants/register-merchant";
import { AUDIT_ACTIONS } from "./audit-actions";

const root = path.resolve(__dirname, "../../..");
const SKIP = new Set(["node_modules", "generated", "testing", ".next", ".tmp"]);

/** The app's own code: app/, components/, lib/, scripts/, prisma/ and proxy.ts, without tests. */
function sourceFiles(dir = root, top = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!top || ["app", "components", "lib", "scripts", "prisma"].includes(entry.name))
        out.push(...sourceFiles(full, false));
    } else if (/\.(ts|tsx|mjs|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      if (!top || entry.name === "proxy.ts") out.push(full);
    }
  }
  return out;
}

const WRITES = [
  /\bauditLog\s*\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/,
  /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?AuditLog"?/i,
];
const rewrites = (text: string) => WRITES.some((re) => re.test(text));

describe("the audit log", () => {
  it("is never updated or deleted by the app's code", () => {
    // The scan recognises what it looks for.
    for (const sample of [
      "await tx.auditLog.deleteMany({ where: {} })",
      "db.auditLog.update({",
      "db.auditLog .upsert(",
      'await db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)',
      'UPDATE "AuditLog" SET reason = null',
    ])
      expect(rewrites(sample), sample).toBe(true);
    expect(rewrites("tx.auditLog.create({ data })")).toBe(false);

    const files = sourceFiles();
    expect(files.some((f) => f.endsWith(path.join("lib/server/audit/record-audit.ts")))).toBe(true);
    const offenders = files.filter((f) => rewrites(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it("lists and labels, in both languages, every action the code records", () => {
    const listed = new Set<string>(AUDIT_ACTIONS);
    const written = new Set<string>([
      REGISTER_CONFLICT,
      ...REVIEW_DECISIONS.map((d) => `merchant.${d}`),
      ...EVENT_TRANSITIONS.map((tr) => `event.${tr}`),
    ]);
    for (const file of sourceFiles()) {
      const text = readFileSync(file, "utf8");
      if (!text.includes("recordAudit(")) continue;
      for (const line of text.split("\n").filter((l) => /^\s*action:/.test(l)))
        for (const [, literal] of line.matchAll(/"([a-z_]+\.[a-z_]+)"/g)) written.add(literal);
    }
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((a) => !listed.has(a))).toEqual([]);
    for (const locale of ["en", "zh-CN"] as const) {
      const actions = loadMessages(locale).auditLog.actions as Record<string, Record<string, string>>;
      const missing = AUDIT_ACTIONS.filter((a) => {
        const [group, name] = a.split(".");
        return typeof actions[group]?.[name] !== "string";
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
