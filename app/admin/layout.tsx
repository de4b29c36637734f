import { getTranslations } from "next-intl/server";
import { AreaShell } from "@/components/shell/area-shell";
import { requirePageUser } from "@/lib/server/auth/guards";
import { countUnread } from "@/lib/server/notifications/inbox";
import { countAwaitingReview } from "@/lib/server/merchants/review-queue";
import { db } from "@/lib/server/db";
import { countPendingClosures } from "@/lib/server/privacy/closure-requests";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin");
  const staff = user.role === "STAFF";
  const [t, tAudit, tJobs, tClosures, unread, awaiting, closures] = await Promise.all([
    getTranslations("nav.admin"),
    getTranslations("auditLog"),
    getTranslations("adminJobs"),
    getTranslations("privacyRights.queue"),
    countUnread(user.id),
    countAwaitingReview(user),
    staff ? countPendingClosures(db) : 0,
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
    // Account closures are decided by the commission, with a deadline: its staff only, with the pending count.
    ...(staff ? [{ href: "/admin/closures", label: tClosures("nav"), badge: closures ? String(closures) : null }] : []),
    { href: "/admin/notifications", label: t("notifications"), badge: unread ? String(unread) : null },
  ];
  return (
    <AreaShell user={user} homeHref="/admin" nav={nav}>
      {children}
    </AreaShell>
  );
}
