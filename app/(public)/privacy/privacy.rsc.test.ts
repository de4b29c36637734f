// /privacy, rendered with the react-server condition as Next.js renders it: the version in force and its
// date, the earlier versions with theirs, what is collected, the rights, and the retention table exactly
// as lib/privacy/retention.ts has it, in both languages.
import { describe, expect, it, vi } from "vitest";
import type { NoticeVersion } from "@/lib/privacy/notice";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN", versions: null as null | NoticeVersion[] }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
vi.mock("@/lib/i18n/server", () => ({ getUiLocale: async () => ui.locale }));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);
// The versions as they would stand after a change of the notice.
vi.mock("@/lib/privacy/notice", async (original) => {
  const actual = await original<typeof import("@/lib/privacy/notice")>();
  return { ...actual, noticeHistory: () => actual.noticeHistory(ui.versions ?? actual.NOTICE_VERSIONS) };
});

const { createTranslator } = await import("next-intl");
const { loadMessages } = await import("@/lib/i18n/messages");
const { renderFlight } = await import("@/lib/testing/rsc");
const { RETENTION_TABLE, retentionMessage } = await import("@/lib/privacy/retention");
const { default: PrivacyPage } = await import("./page");

async function render() {
  // The flight payload escapes quotes; the checks read the text.
  return (await renderFlight(PrivacyPage())).replace(/\\"/g, '"');
}

describe("/privacy", () => {
  it.each(["zh-CN", "en"] as const)("renders the notice in force and every retention row in %s", async (locale) => {
    ui.locale = locale;
    ui.versions = null;
    const t = createTranslator({ locale, messages: loadMessages(locale) });
    const page = await render();
    expect(page).toContain(locale === "en" ? "Privacy notice" : "隐私政策");
    expect(page).toContain(locale === "en" ? "Version 1 · in force since 1 Dec 2026" : "第1版 · 自2026年12月1日起施行");
    expect(page).toContain(t("privacyNotice.page.history.none"));
    expect(page).toContain(t("privacyNotice.v1.collected.items.attendees.data"));
    expect(page).toContain(t("privacyNotice.v1.rights.items.withdrawal"));
    for (const kind of RETENTION_TABLE) {
      const rule = retentionMessage(kind.retention);
      expect(page).toContain(`retention-${kind.id}`);
      expect(page).toContain(t(kind.nameKey as never));
      expect(page).toContain(t(rule.key as never, rule.values as never));
    }
  });

  it("lists the earlier versions with the days they were in force once the notice has changed", async () => {
    ui.locale = "en";
    ui.versions = [
      { id: "3", effectiveDate: "2027-06-01", textKey: "privacyNotice.v1" },
      { id: "2", effectiveDate: "2027-01-15", textKey: "privacyNotice.v1" },
      { id: "1", effectiveDate: "2026-12-01", textKey: "privacyNotice.v1" },
    ];
    const page = await render();
    expect(page).toContain("Version 3 · in force since 1 Jun 2027");
    expect(page).toContain("Version 3: in force since 1 Jun 2027 (this version)");
    expect(page).toContain("Version 2: in force from 15 Jan 2027 until 1 Jun 2027");
    expect(page).toContain("Version 1: in force from 1 Dec 2026 until 15 Jan 2027");
    expect(page).not.toContain("there are no earlier ones");
  });
});
