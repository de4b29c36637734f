import { getTranslations } from "next-intl/server";
import { SiteHeader } from "./site-header";
import { UserMenu } from "./user-menu";
import { AreaNav, type NavItem } from "./area-nav";
import type { SessionUser } from "@/lib/server/auth/session-user";

/** The frame of a signed-in area: header, its navigation, content, footer. */
export async function AreaShell({
  user,
  homeHref,
  nav,
  children,
}: {
  user: SessionUser;
  homeHref: string;
  nav?: NavItem[];
  children: React.ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <>
      <SiteHeader homeHref={homeHref}>
        <UserMenu user={user} />
      </SiteHeader>
      {nav ? <AreaNav items={nav} label={t("mainNav")} /> : null}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
