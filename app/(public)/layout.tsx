import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/shell/site-header";
import { UserMenu } from "@/components/shell/user-menu";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [t, tNav, user] = await Promise.all([
    getTranslations("common"),
    getTranslations("nav.public"),
    getSessionUser(),
  ]);
  return (
    <>
      <SiteHeader>
        <Link href="/events" className="rounded px-2 py-1 text-sm text-brand-100 hover:text-white">
          {tNav("events")}
        </Link>
        {user ? (
          <>
            <Link href={homePathFor(user)} className="rounded px-2 py-1 text-sm text-brand-100 hover:text-white">
              {t("backHome")}
            </Link>
            <UserMenu user={user} />
          </>
        ) : (
          <Link
            href="/login"
            className="rounded bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("signIn")}
          </Link>
        )}
      </SiteHeader>
      <main id="main" className="flex-1">
        <ClientMessages area="public">{children}</ClientMessages>
      </main>
    </>
  );
}
