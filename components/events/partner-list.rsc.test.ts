// An event's partners and the suggestions for a merchant name each HS chapter by its code and its whole
// title (issue 12), never the words before the title's first semicolon. Rendered with the react-server
// condition, as Next.js does.
import { describe, expect, it, vi } from "vitest";

const ui = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));

const { renderFlight } = await import("@/lib/testing/rsc");
const { PartnerList } = await import("@/components/events/partner-list");
const { PartnerSuggestions } = await import("@/components/events/partner-suggestions");

const partner = {
  id: "p1",
  kind: "PLATFORM",
  nameZh: "蜂蜜出口服务商",
  nameEn: "Honey Export Services",
  markets: "DE",
  hsChapters: "04,85",
};
const HONEY = {
  en: "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
  "zh-CN": "乳品；蛋品；天然蜂蜜；其他食用动物产品",
};

async function render(locale: "en" | "zh-CN") {
  ui.locale = locale;
  const list = await renderFlight(await PartnerList({ partners: [partner], locale }));
  const suggestions = await renderFlight(
    await PartnerSuggestions({
      matches: [{ partnerId: "p1", platform: false, markets: [], hsChapters: ["04"] }],
      partners: [partner],
      locale,
    }),
  );
  return { list, suggestions };
}

describe("HS chapters beside a partner", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    it(`name chapter 04 by its whole title in the list and the suggestions (${locale})`, async () => {
      const { list, suggestions } = await render(locale);
      expect(list).toContain(HONEY[locale]);
      expect(suggestions).toContain(HONEY[locale]);
      // Chapter 85 too, with its code.
      expect(list).toContain(
        locale === "en" ? "Electrical machinery and equipment and parts thereof; sound" : "电机、电气设备及其零件",
      );
    });
  }
});
