import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { formatPhone } from "@/lib/validation/phone";
import { db } from "@/lib/server/db";
import { Inbox } from "@/components/notifications/inbox";
import { Card } from "@/components/ui/card";
import { getCompanyFormOptions } from "@/lib/server/merchants/form-options";
import { getStatusTimeline, REVIEW_WORKING_DAYS } from "@/lib/server/merchants/status-timeline";
import { StatusTimeline } from "@/components/merchants/status-timeline";
import { ResubmitForm } from "./resubmit-form";

export async function generateMetadata() {
  const t = await getTranslations("merchant.statusPage");
  return { title: t("title") };
}

/** What a merchant that is not (or no longer) approved sees, and nothing else. */
export default async function MerchantStatusPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePageUser(["MERCHANT"], "/merchant/status");
  if (homePathFor(user) === "/merchant") redirect("/merchant");
  const [t, locale, { page }] = await Promise.all([
    getTranslations("merchant.statusPage"),
    getUiLocale(),
    searchParams,
  ]);
  const merchant = user.merchant
    ? await db.merchant.findUnique({
        where: { id: user.merchant.id },
        include: { platforms: { select: { platformId: true } }, categories: { select: { hsChapter: true } } },
      })
    : null;
  const state = !user.merchant
    ? "NO_MERCHANT"
    : user.merchant.accountState === "SUSPENDED"
      ? "SUSPENDED"
      : (user.merchant.verificationStatus as "PENDING" | "REJECTED" | "REVISION_REQUESTED");
  return (
    <div className="space-y-8">
      <section className="rounded-lg border border-amber-200 bg-amber-50 p-6">
        {merchant ? <p className="text-sm text-amber-900/80">{localized(merchant, "name", locale)}</p> : null}
        <h1 className="mt-1 text-2xl font-semibold text-amber-950">{t(state)}</h1>
        <p className="mt-2 text-amber-950/90">{t(`${state}_text`)}</p>
        {merchant?.decisionReason && state !== "PENDING" ? (
          <p className="mt-3 rounded border border-amber-300 bg-white/60 p-3 text-amber-950">
            <span className="font-medium">{t("reason")}</span> {merchant.decisionReason}
          </p>
        ) : null}
        {merchant ? (
          <p className="mt-2 text-sm text-amber-900/80">
            {t("submittedAt", { date: formatDate(merchant.submittedAt, locale) })}
          </p>
        ) : null}
      </section>
      {merchant ? (
        <StatusTimeline
          steps={await getStatusTimeline(merchant)}
          reviewDays={REVIEW_WORKING_DAYS}
          locale={locale}
          now={new Date()}
        />
      ) : null}
      {merchant && state === "REVISION_REQUESTED" && user.membershipRole === "OWNER" ? (
        <Card title={t("resubmitTitle")}>
          <ResubmitForm
            options={await getCompanyFormOptions(locale)}
            current={{
              nameZh: merchant.nameZh,
              nameEn: merchant.nameEn,
              uscc: merchant.uscc,
              parkId: merchant.parkId,
              contactName: merchant.contactName,
              contactPhone: formatPhone(merchant.contactPhone, locale),
              platformIds: merchant.platforms.map((p) => p.platformId),
              hsChapters: merchant.categories.map((c) => c.hsChapter),
            }}
          />
        </Card>
      ) : null}
      <Inbox userId={user.id} page={Number(page) || 1} basePath="/merchant/status" level={2} />
    </div>
  );
}
