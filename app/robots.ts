import type { MetadataRoute } from "next";
import { absoluteUrl, ROBOTS_DISALLOW } from "@/lib/site/public-pages";
import { requestOrigin } from "@/lib/server/team/request-origin";

/** /robots.txt: the public pages may be crawled, the signed-in areas, the API and one-time links not; the site map's address on the public origin. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await requestOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...ROBOTS_DISALLOW] },
    sitemap: absoluteUrl(origin, "/sitemap.xml"),
  };
}
