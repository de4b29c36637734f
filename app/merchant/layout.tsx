import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AreaShell } from "@/components/shell/area-shell";
import { requirePageUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { countUnread } from "@/lib/server/notifications/inbox";

// Every merchant page needs a merchant user. Only an approved, active
// merchant gets the navigation; the pages in (approved)/ check that again.
export default async function MerchantLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser(["MERCHANT"], "/merchant");
  const approved = homePathFor(user) === "/merchant";
  const [t, unread] = await Promise.all([getTranslations("nav.merchant"), countUnread(user.id)]);
  const nav = approved
    ? [
        { href: "/merchant", label: t("home"), exact: true },
        { href: "/merchant/skus", label: t("skus") },
        { href: "/merchant/markets", label: t("markets") },
        { href: "/merchant/declarations", label: t("declarations") },
        { href: "/merchant/events", label: t("events") },
        { href: "/merchant/profile", label: t("profile") },
        { href: "/merchant/team", label: t("team") },
        { href: "/merchant/settings/api", label: t("api") },
        { href: "/merchant/notifications", label: t("notifications"), badge: unread ? String(unread) : null },
      ]
    : undefined;
  return (
    <AreaShell user={user} homeHref={homePathFor(user)} nav={nav}>
      <ClientMessages area="merchant">{children}</ClientMessages>
    </AreaShell>
  );
}
