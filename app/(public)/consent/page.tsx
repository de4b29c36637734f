import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { consentIsOutdated, CONSENT_PATH, CURRENT_NOTICE } from "@/lib/privacy/notice";
import { safeCallbackPath } from "@/lib/server/auth/callback-path";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { db } from "@/lib/server/db";
import { latestConsentVersion } from "@/lib/server/privacy/consents";
import { ConsentForm } from "./consent-form";

export async function generateMetadata() {
  const t = await getTranslations("privacyConsent.page");
  return { title: t("title") };
}

/**
 * Where the area guards (requirePageUser) send a signed-in person whose latest
 * consent is not to the notice in force. Agreeing records a renewal and goes on
 * to `next` when it lies in their own area.
 */
export default async function ConsentPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(CONSENT_PATH)}`);
  const { next: requested } = await searchParams;
  const next = safeCallbackPath(typeof requested === "string" ? requested : "", homePathFor(user));
  const previous = await latestConsentVersion(db, user.id);
  if (!consentIsOutdated(previous)) redirect(next);
  const [t, locale] = await Promise.all([getTranslations("privacyConsent.page"), getUiLocale()]);
  const date = formatDay(CURRENT_NOTICE.effectiveDate, locale) ?? CURRENT_NOTICE.effectiveDate;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { version: CURRENT_NOTICE.id, date })}</p>
        <p className="text-sm text-slate-600">{previous ? t("previous", { version: previous }) : t("never")}</p>
        <p>
          <Link href="/privacy" className="font-medium text-brand-700 underline">
            {t("read")}
          </Link>
        </p>
        <ConsentForm next={next} />
        <p className="text-sm text-slate-600">{t("decline")}</p>
      </div>
    </div>
  );
}
