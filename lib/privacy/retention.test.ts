import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { RETENTION_KIND_IDS, RETENTION_TABLE, retentionCutoff, retentionMessage } from "./retention";

describe("the retention table", () => {
  it("lists every kind once, in the id list's order", () => {
    expect(RETENTION_TABLE.map((k) => k.id)).toEqual([...RETENTION_KIND_IDS]);
  });

  it("names every kind and states its retention in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const t = createTranslator({ locale, messages: loadMessages(locale) });
      for (const kind of RETENTION_TABLE) {
        const { key, values } = retentionMessage(kind.retention);
        for (const text of [t(kind.nameKey as never), t(kind.basisKey as never), t(key as never, values as never)]) {
          expect(text, `${locale} ${kind.id}`).not.toMatch(/privacyRetention\./);
          expect(text.length).toBeGreaterThan(1);
        }
      }
    }
  });

  it("states a period in the reader's words", () => {
    const en = createTranslator({ locale: "en", messages: loadMessages("en") });
    const zh = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") });
    const read = RETENTION_TABLE.find((k) => k.id === "notificationsRead")!;
    const { key, values } = retentionMessage(read.retention);
    expect(en(key as never, values as never)).toBe("Deleted a year after it was read");
    expect(zh(key as never, values as never)).toBe("阅读后满一年删除");
    const inv = retentionMessage(RETENTION_TABLE.find((k) => k.id === "invitations")!.retention);
    expect(en(inv.key as never, inv.values as never)).toBe("Deleted 30 days after it expires");
    expect(zh(inv.key as never, inv.values as never)).toBe("失效后30日删除");
  });

  it("cuts a period off at now less its days", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(retentionCutoff("notificationsRead", now).toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(retentionCutoff("rateLimitCounters", now).toISOString()).toBe(now.toISOString());
    expect(() => retentionCutoff("auditLog", now)).toThrow();
  });
});
