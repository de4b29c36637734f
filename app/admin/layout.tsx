import { getTranslations } from "next-intl/server";
import { AreaShell } from "@/components/shell/area-shell";
import { requirePageUser } from "@/lib/server/auth/guards";
import { countUnread } from "@/lib/server/notifications/inbox";
import { countAwaitingReview } from "@/lib/server/merchants/review-queue";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin");
  const [t, tAudit, tJobs, unread, awaiting] = await Promise.all([
    getTranslations("nav.admin"),
    getTranslations("auditLog"),
    getTranslations("adminJobs"),
    countUnread(user.id),
    countAwaitingReview(user),
  ]);
  const nav = [
    { href: "/admin", label: t("home"), exact: true },
    { href: "/admin/merchants", label: t("merchants"), badge: awaiting ? String(awaiting) : null },
    { href: "/admin/zones", label: t("zones") },
    { href: "/admin/catalog", label: t("catalog") },
    { href: "/admin/events", label: t("events") },
    { href: "/admin/partners", label: t("partners") },
    { href: "/admin/data", label: t("data") },
    { href: "/admin/audit", label: tAudit("nav") },
    // The job queue names every merchant's imports: commission staff only.
    ...(user.role === "STAFF" ? [{ href: "/admin/jobs", label: tJobs("nav") }] : []),
    { href: "/admin/notifications", label: t("notifications"), badge: unread ? String(unread) : null },
  ];
  return (
    <AreaShell user={user} homeHref="/admin" nav={nav}>
      {children}
    </AreaShell>
  );
}
