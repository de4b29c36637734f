import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RequestIdProvider } from "@/components/feedback/request-id";
import { DemoBanner } from "@/components/shell/demo-banner";
import { SiteFooter } from "@/components/shell/site-footer";
import { showDemoBanner } from "@/lib/server/deployment/demo-banner";
import { REQUEST_ID_HEADER } from "@/lib/server/observability/request-id";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, description: t("footer") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f3d6e" };

// Every page renders per request: proxy.ts gives each one a CSP nonce, which
// Next.js puts on its scripts, and a request id, which the error panel shows.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, demo, requestHeaders] = await Promise.all([
    getLocale(),
    getTranslations("app"),
    showDemoBanner(),
    headers(),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
        >
          {t("skipToContent")}
        </a>
        {demo ? <DemoBanner /> : null}
        <RequestIdProvider id={requestHeaders.get(REQUEST_ID_HEADER)}>
          <ClientMessages area="root">{children}</ClientMessages>
        </RequestIdProvider>
        {/* Here, not in each area's layout: its links then come with the root layout's JavaScript, which every
            page's has, instead of a second copy of next/link per area (3.5 kB gzip; issue 14). */}
        <SiteFooter />
      </body>
    </html>
  );
}
