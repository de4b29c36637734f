import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { findInvitation } from "@/lib/server/team/accept-invitation";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { AcceptForm } from "./accept-form";

export async function generateMetadata() {
  const t = await getTranslations("invite");
  // The link carries a secret: keep it out of search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tr, locale, found, user] = await Promise.all([
    getTranslations("invite"),
    getTranslations("membership.rejoin"),
    getUiLocale(),
    findInvitation(db, token),
    getSessionUser(),
  ]);
  if (!found.ok) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-6">
          <h1 className="text-2xl font-semibold text-amber-950">{t(`problem.${found.reason}.title`)}</h1>
          <p className="mt-2 text-amber-950/90">{t(`problem.${found.reason}.text`)}</p>
          <p className="mt-6">
            <Link href="/login" className="font-medium text-brand-700 underline">
              {t("signIn")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const company = localized(found.invitation.merchant, "name", locale);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("lead", { company })}</p>
        <dl className="mt-4 mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("company")}</dt>
          <dd className="font-medium">{company}</dd>
          <dt className="text-slate-600">{t("email")}</dt>
          <dd className="font-medium break-all">{found.invitation.email}</dd>
        </dl>
        {found.invitation.existing ? (
          <p className="mb-4 rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900">
            {tr("note")}
          </p>
        ) : null}
        {user ? (
          <p className="mb-4 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
            {t("signedInNote", { email: user.email })}
          </p>
        ) : null}
        <AcceptForm token={token} existing={found.invitation.existing} />
      </div>
    </div>
  );
}
