import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { MerchantStatusBadge } from "@/components/review/merchant-status-badge";
import { DecisionForm } from "@/components/review/decision-form";
import { requirePageUser } from "@/lib/server/auth/guards";
import { auditRead } from "@/lib/server/audit/audit-read";
import { db } from "@/lib/server/db";
import { scopedNotFound } from "@/lib/server/observability/tenant-probe";
import { getMerchantForReview, getReviewHistory } from "@/lib/server/merchants/review-queue";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { formatPhone } from "@/lib/validation/phone";
import { hsChapterName } from "@/lib/reference/hs-chapters";
import { REVIEW_DECISIONS } from "@/lib/server/merchants/review-merchant";
import { FormAlert } from "@/components/forms/fields";
import { reviewAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

export default async function MerchantReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const decided = REVIEW_DECISIONS.find((d) => d === done);
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], `/admin/merchants/${id}`);
  // Outside an operator's park this is null: the page is a 404, not the record.
  const merchant = await getMerchantForReview(user, id);
  if (!merchant)
    return scopedNotFound(db, { kind: "merchant", id, where: "page:/admin/merchants/[id]", userId: user.id });
  await auditRead(db, user, { action: "merchant.view", merchantId: merchant.id });
  const [t, tRoles, tAccounts, locale, history] = await Promise.all([
    getTranslations("review"),
    getTranslations("roles"),
    getTranslations("accountsCard"),
    getUiLocale(),
    getReviewHistory(merchant.id),
  ]);
  const d = (key: string) => t(`detail.${key}`);
  // Catalog keys cannot hold dots: "merchant.approve" reads "audit.merchant_approve".
  const auditLabel = (action: string) => {
    const key = `audit.${action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key) : t("audit.other", { action });
  };
  const pending = merchant.verificationStatus === "PENDING";
  const approved = merchant.verificationStatus === "APPROVED";
  const rows: [string, React.ReactNode][] = [
    [d("nameZh"), merchant.nameZh],
    [d("nameEn"), merchant.nameEn || d("none")],
    [
      d("uscc"),
      <span key="u" className="font-mono">
        {merchant.uscc}
      </span>,
    ],
    [d("park"), localized(merchant.park, "name", locale)],
    [d("zone"), localized(merchant.park.zone, "name", locale)],
    [d("contact"), merchant.contactName],
    [d("phone"), formatPhone(merchant.contactPhone, locale)],
    [d("email"), merchant.contactEmail],
  ];
  return (
    <>
      <Breadcrumbs
        items={[{ nav: "admin.merchants", href: "/admin/merchants" }, { label: localized(merchant, "name", locale) }]}
      />
      <div className="mt-2">
        <PageHeading
          title={localized(merchant, "name", locale)}
          lead={t("detail.submitted", { date: formatDateTime(merchant.submittedAt, locale) })}
          actions={<MerchantStatusBadge merchant={merchant} />}
        />
      </div>
      {decided ? (
        <div className="mb-6">
          <FormAlert tone="success" message={t(`actions.done.${decided}`)} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={d("company")}>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
              <dt className="text-slate-600">{d("logo")}</dt>
              <dd>
                {merchant.logo ? (
                  // eslint-disable-next-line @next/next/no-img-element -- served from our own route, sized by CSS
                  <img
                    src={`/api/merchants/${merchant.id}/logo?v=${merchant.logo.updatedAt.getTime()}`}
                    alt={d("logo")}
                    className="h-16 w-auto rounded border border-slate-200"
                  />
                ) : (
                  <span className="text-slate-500">{d("noLogo")}</span>
                )}
              </dd>
            </dl>
          </Card>
          <Card title={d("platforms")}>
            <ul className="flex flex-wrap gap-2">
              {merchant.platforms.map(({ platform }) => (
                <li key={platform.id}>
                  <Badge tone="info">{localized(platform, "name", locale)}</Badge>
                </li>
              ))}
            </ul>
            <h3 className="mt-4 mb-2 text-sm font-semibold">{d("categories")}</h3>
            {merchant.categories.length ? (
              <ul className="space-y-1 text-sm">
                {merchant.categories.map((c) => (
                  <li key={c.hsChapter}>
                    <span className="font-mono">{c.hsChapter}</span> {hsChapterName(c.hsChapter, locale)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{d("none")}</p>
            )}
          </Card>
          <Card title={d("members")}>
            {merchant.memberships.length ? (
              <ul className="divide-y divide-slate-100 text-sm">
                {merchant.memberships.map((m) => (
                  <li key={m.id} className="py-2 first:pt-0 last:pb-0">
                    <p className="font-medium text-slate-900">
                      {m.user.name} <span className="font-normal text-slate-600">· {tRoles(m.role)}</span>
                    </p>
                    <p className="break-all text-slate-700">{m.user.email}</p>
                    <p className="text-xs text-slate-500">
                      {tAccounts("registered", { date: formatDateTime(m.user.createdAt, locale) })} ·{" "}
                      {m.user.lastLoginAt
                        ? tAccounts("lastSignIn", { date: formatDateTime(m.user.lastLoginAt, locale) })
                        : tAccounts("neverSignedIn")}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{tAccounts("none")}</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("actions.title")}>
            {merchant.decisionReason ? (
              <p className="mb-3 rounded bg-slate-50 p-2 text-sm">
                <span className="font-medium">{d("decisionReason")}:</span> {merchant.decisionReason}
              </p>
            ) : null}
            <div className="space-y-3">
              {pending ? (
                <>
                  <DecisionForm action={reviewAction} merchantId={merchant.id} decision="approve" tone="primary" />
                  <DecisionForm action={reviewAction} merchantId={merchant.id} decision="request_revisions" />
                  <DecisionForm action={reviewAction} merchantId={merchant.id} decision="reject" tone="danger" />
                </>
              ) : approved && merchant.accountState === "ACTIVE" ? (
                <DecisionForm action={reviewAction} merchantId={merchant.id} decision="suspend" tone="danger" />
              ) : approved ? (
                <DecisionForm action={reviewAction} merchantId={merchant.id} decision="reinstate" tone="primary" />
              ) : (
                <p className="text-sm text-slate-600">{t("actions.nothingToDecide")}</p>
              )}
            </div>
          </Card>
          <Card title={d("history")}>
            {history.length ? (
              <ol className="space-y-3 text-sm">
                {history.map((h) => (
                  <li key={h.id}>
                    <p className="font-medium">{auditLabel(h.action)}</p>
                    <p className="text-xs text-slate-500">
                      {formatDateTime(h.createdAt, locale)} · {h.actor?.name ?? d("none")}
                    </p>
                    {h.reason ? <p className="mt-1 text-slate-700">{h.reason}</p> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-500">{d("noHistory")}</p>
            )}
          </Card>
          {merchant.reviewedAt ? (
            <p className="text-xs text-slate-500">
              {t("detail.reviewed", { date: formatDate(merchant.reviewedAt, locale) })}
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
