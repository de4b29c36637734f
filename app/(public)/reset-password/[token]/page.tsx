import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findPasswordToken } from "@/lib/server/auth/password-tokens";
import { db } from "@/lib/server/db";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata() {
  const t = await getTranslations("resetPassword");
  // The link carries a secret: keep it out of search engines.
  return { title: t("titleReset"), robots: { index: false, follow: false } };
}

/** Sets a password from a reset link (RESET) or a new staff account's set-up link (SETUP). */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, found] = await Promise.all([getTranslations("resetPassword"), findPasswordToken(db, token)]);
  if (!found || found.user.disabled) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-6">
          <h1 className="text-2xl font-semibold text-amber-950">{t("invalidTitle")}</h1>
          <p className="mt-2 text-amber-950/90">{t("invalidText")}</p>
          <p className="mt-6">
            <Link href="/forgot-password" className="font-medium text-brand-700 underline">
              {t("askAgain")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  const setup = found.purpose === "SETUP";
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t(setup ? "titleSetup" : "titleReset")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">
          {t(setup ? "leadSetup" : "leadReset", { email: found.user.email })}
        </p>
        <ResetPasswordForm token={token} />
      </div>
    </div>
  );
}
