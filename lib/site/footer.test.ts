import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { footerItems, ICP_FILING_SITE, psbFilingHref } from "./footer";

const FULL = {
  SITE_SPONSOR: "重庆市商务委员会",
  SITE_ICP_FILING: "渝ICP备05003300号-1",
  SITE_PSB_FILING: "渝公网安备 50010302000123号",
  SITE_ID: "5000000032",
  SITE_CONTACT: "023-63662004 · swwxxzx@sww.cq.gov.cn",
};

describe("the statutory footer's items", () => {
  it("are none when nothing is configured: no placeholders", () => {
    expect(footerItems(parseEnv({}))).toEqual([]);
  });

  it("are every configured item, in order, the filings linked", () => {
    expect(footerItems(parseEnv(FULL))).toEqual([
      { id: "sponsor", value: "重庆市商务委员会" },
      { id: "contact", value: "023-63662004 · swwxxzx@sww.cq.gov.cn" },
      { id: "siteId", value: "5000000032" },
      { id: "icpFiling", value: "渝ICP备05003300号-1", href: ICP_FILING_SITE },
      {
        id: "psbFiling",
        value: "渝公网安备 50010302000123号",
        href: "https://beian.mps.gov.cn/#/query/webSearch?code=50010302000123",
      },
    ]);
  });

  it("are exactly the configured ones when some are set", () => {
    const items = footerItems(parseEnv({ SITE_SPONSOR: "重庆市商务委员会", SITE_ICP_FILING: "渝ICP备05003300号" }));
    expect(items.map((i) => i.id)).toEqual(["sponsor", "icpFiling"]);
    // Empty and blank values count as unset.
    expect(footerItems(parseEnv({ SITE_CONTACT: "", SITE_SPONSOR: "   " }))).toEqual([]);
  });

  it("link a public-security filing only when it carries its 14-digit code", () => {
    expect(psbFilingHref("渝公网安备50010302000123号")).toBe(
      "https://beian.mps.gov.cn/#/query/webSearch?code=50010302000123",
    );
    expect(psbFilingHref("渝公网安备 5001030200012号")).toBeNull();
    expect(psbFilingHref("渝公网安备 500103020001234号")).toBeNull();
    expect(footerItems(parseEnv({ SITE_PSB_FILING: "备案中" }))).toEqual([{ id: "psbFiling", value: "备案中" }]);
  });
});

describe("the SITE_* variables", () => {
  it("refuse a website identification code that is not 10 letters or digits", () => {
    expect(() => parseEnv({ SITE_ID: "50000000" })).toThrow(EnvError);
    expect(() => parseEnv({ SITE_ID: "50000000" })).toThrow(/SITE_ID: must be the 10-character/);
    expect(parseEnv({ SITE_ID: " bm12000001 " }).SITE_ID).toBe("bm12000001");
  });

  it("refuse text of more than one line, or too long", () => {
    expect(() => parseEnv({ SITE_CONTACT: "023-1234\n<script>" })).toThrow(/SITE_CONTACT: must be one line/);
    expect(() => parseEnv({ SITE_SPONSOR: "长".repeat(101) })).toThrow(/SITE_SPONSOR: must be at most 100/);
  });
});
