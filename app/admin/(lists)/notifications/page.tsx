import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { SecurityAlerts } from "@/components/notifications/security-alerts";
import { requirePageUser } from "@/lib/server/auth/guards";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function AdminNotifications({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/notifications");
  const search = firstValues(await searchParams);
  return (
    <>
      <Inbox userId={user.id} search={search} basePath="/admin/notifications" />
      {user.role === "STAFF" ? <SecurityAlerts userId={user.id} /> : null}
    </>
  );
}
