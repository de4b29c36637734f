// The statutory footer of a government website: what it shows, from the
// environment (SITE_* in lib/env.ts). An item that is not configured is left
// out; nothing is ever shown as a placeholder.
import type { Env } from "@/lib/env";

export type FooterConfig = Pick<
  Env,
  "SITE_SPONSOR" | "SITE_ICP_FILING" | "SITE_PSB_FILING" | "SITE_ID" | "SITE_CONTACT"
>;

/** The MIIT's ICP filing site, which an ICP filing number must link to. */
export const ICP_FILING_SITE = "https://beian.miit.gov.cn/";

/**
 * The public-security filing search for a filing number such as
 * "渝公网安备 50010302000123号": the MPS site looks a filing up by its 14-digit
 * code. A number without such a code gets no link (none could be formed honestly).
 */
export function psbFilingHref(filing: string): string | null {
  const code = filing.match(/(?<!\d)\d{14}(?!\d)/)?.[0];
  return code ? `https://beian.mps.gov.cn/#/query/webSearch?code=${code}` : null;
}

export type FooterItem = {
  /** Also the catalog key of its label: siteFooter.items.<id>. */
  id: "sponsor" | "contact" | "siteId" | "icpFiling" | "psbFiling";
  value: string;
  href?: string;
};

/** The configured items, in the order government sites give them; unset ones are left out. */
export function footerItems(config: FooterConfig): FooterItem[] {
  const items: (FooterItem | null)[] = [
    config.SITE_SPONSOR ? { id: "sponsor", value: config.SITE_SPONSOR } : null,
    config.SITE_CONTACT ? { id: "contact", value: config.SITE_CONTACT } : null,
    config.SITE_ID ? { id: "siteId", value: config.SITE_ID } : null,
    config.SITE_ICP_FILING ? { id: "icpFiling", value: config.SITE_ICP_FILING, href: ICP_FILING_SITE } : null,
    config.SITE_PSB_FILING
      ? { id: "psbFiling", value: config.SITE_PSB_FILING, href: psbFilingHref(config.SITE_PSB_FILING) ?? undefined }
      : null,
  ];
  return items.filter((item): item is FooterItem => item !== null);
}

/** The links every footer carries: the privacy notice, the accessibility statement and the site map. */
export const FOOTER_LINKS = [
  { id: "privacy", href: "/privacy" },
  { id: "accessibility", href: "/accessibility" },
  { id: "sitemap", href: "/sitemap" },
] as const;
