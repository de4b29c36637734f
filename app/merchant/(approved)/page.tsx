import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import {
  DeclarationsPanel,
  LowStockPanel,
  QuickActions,
  RecommendedPanel,
  UnreadPanel,
  UpcomingPanel,
} from "@/components/merchants/home-panels";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getMerchantHome, unreadNotices } from "@/lib/server/merchants/home";
import { renderNotification } from "@/lib/server/notifications/render";
import { getUiLocale, localized } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("merchant");
  return { title: t("title") };
}

/** An approved merchant's home: what to do next, each panel with what to do when it is empty. */
export default async function MerchantHome() {
  const user = await requireMerchantPage("/merchant");
  const now = new Date();
  const [t, locale, home, unread] = await Promise.all([
    getTranslations("merchantHome"),
    getUiLocale(),
    getMerchantHome(db, user.merchant.id, now),
    unreadNotices(db, user.id),
  ]);
  const notices = await Promise.all(
    unread.items.map(async (n) => ({
      id: n.id,
      title: (await renderNotification(n, locale)).title,
      createdAt: n.createdAt,
      link: n.link,
    })),
  );
  return (
    <>
      <PageHeading title={localized(user.merchant, "name", locale)} lead={t("lead", { name: user.name })} />
      <div className="space-y-6">
        <QuickActions />
        <div className="grid gap-6 lg:grid-cols-2">
          <LowStockPanel data={home.lowStock} locale={locale} />
          <DeclarationsPanel data={home.months} locale={locale} />
          <UpcomingPanel data={home.upcoming} locale={locale} />
          <RecommendedPanel data={home.recommended} locale={locale} />
          <UnreadPanel count={unread.count} items={notices} locale={locale} />
        </div>
      </div>
    </>
  );
}
