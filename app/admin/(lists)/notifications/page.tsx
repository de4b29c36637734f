import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { SecurityAlerts } from "@/components/notifications/security-alerts";
import { requirePageUser } from "@/lib/server/auth/guards";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function AdminNotifications({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/notifications");
  const { page } = await searchParams;
  return (
    <>
      <Inbox userId={user.id} page={Number(page) || 1} basePath="/admin/notifications" />
      {user.role === "STAFF" ? <SecurityAlerts userId={user.id} /> : null}
    </>
  );
}
