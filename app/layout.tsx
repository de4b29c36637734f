import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DemoBanner } from "@/components/shell/demo-banner";
import { showDemoBanner } from "@/lib/server/deployment/demo-banner";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` }, description: t("footer") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f3d6e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, demo] = await Promise.all([getLocale(), getTranslations("app"), showDemoBanner()]);
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
        <ClientMessages area="root">{children}</ClientMessages>
      </body>
    </html>
  );
}
