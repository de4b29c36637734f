// The public pages a visitor (and a search engine) may be pointed to: what
// /sitemap lists and /sitemap.xml serves. Only pages that every visitor gets
// without signing in; a test holds each to the authorization matrix.

export type PublicPageId =
  "home" | "events" | "register" | "login" | "forgotPassword" | "developers" | "privacy" | "accessibility" | "sitemap";

export type PublicPage = {
  id: PublicPageId;
  path: string;
  /** The page file behind the path (its row in lib/testing/authorization/pages.ts). */
  file: string;
  changeFrequency: "daily" | "weekly" | "monthly" | "yearly";
  priority: number;
};

export const PUBLIC_PAGES: readonly PublicPage[] = [
  { id: "home", path: "/", file: "app/(public)/page.tsx", changeFrequency: "weekly", priority: 1 },
  { id: "events", path: "/events", file: "app/(public)/events/page.tsx", changeFrequency: "daily", priority: 0.8 },
  {
    id: "register",
    path: "/register",
    file: "app/(public)/register/page.tsx",
    changeFrequency: "yearly",
    priority: 0.6,
  },
  { id: "login", path: "/login", file: "app/(public)/login/page.tsx", changeFrequency: "yearly", priority: 0.5 },
  {
    id: "forgotPassword",
    path: "/forgot-password",
    file: "app/(public)/forgot-password/page.tsx",
    changeFrequency: "yearly",
    priority: 0.2,
  },
  {
    id: "developers",
    path: "/developers",
    file: "app/(public)/developers/page.tsx",
    changeFrequency: "monthly",
    priority: 0.4,
  },
  { id: "privacy", path: "/privacy", file: "app/(public)/privacy/page.tsx", changeFrequency: "yearly", priority: 0.5 },
  {
    id: "accessibility",
    path: "/accessibility",
    file: "app/(public)/accessibility/page.tsx",
    changeFrequency: "yearly",
    priority: 0.3,
  },
  { id: "sitemap", path: "/sitemap", file: "app/(public)/sitemap/page.tsx", changeFrequency: "monthly", priority: 0.3 },
];

/** The paths robots.txt asks search engines to leave alone: the signed-in areas, the API and one-time links. */
export const ROBOTS_DISALLOW = [
  "/admin",
  "/merchant",
  "/account",
  "/consent",
  "/api/",
  "/invite/",
  "/reset-password/",
  "/register/sent",
] as const;

/** An absolute URL on the public origin. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).toString();
}
