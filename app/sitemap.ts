import type { MetadataRoute } from "next";
import { absoluteUrl, PUBLIC_PAGES } from "@/lib/site/public-pages";
import { requestOrigin } from "@/lib/server/team/request-origin";

/**
 * /sitemap.xml: the public pages (lib/site/public-pages.ts) on the portal's
 * public origin (AUTH_URL, or the PUBLIC_ORIGINS entry the request came to),
 * never a page that needs signing in. Each page serves both languages at one
 * URL (the language is the visitor's choice, kept in a cookie).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await requestOrigin();
  return PUBLIC_PAGES.map((page) => ({
    url: absoluteUrl(origin, page.path),
    changeFrequency: page.changeFrequency,
    priority: page.priority,
  }));
}
