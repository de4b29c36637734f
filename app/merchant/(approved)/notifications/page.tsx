import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function MerchantNotifications({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireMerchantPage("/merchant/notifications");
  const search = firstValues(await searchParams);
  return <Inbox userId={user.id} search={search} basePath="/merchant/notifications" />;
}
