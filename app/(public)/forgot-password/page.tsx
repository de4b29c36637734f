import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formShownAt } from "@/lib/server/forms/human-time";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata() {
  const t = await getTranslations("forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t("lead")}</p>
        <ForgotPasswordForm shownAt={formShownAt("passwordReset")} />
        <p className="mt-6 text-sm">
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("backToLogin")}
          </Link>
        </p>
      </div>
    </div>
  );
}
