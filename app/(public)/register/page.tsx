import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { formShownAt } from "@/lib/server/forms/human-time";
import { getCompanyFormOptions } from "@/lib/server/merchants/form-options";
import { getUiLocale } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";

export async function generateMetadata() {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user));
  const [t, locale] = await Promise.all([getTranslations("register"), getUiLocale()]);
  const options = await getCompanyFormOptions(locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-slate-600">{t("lead")}</p>
        <RegisterForm options={options} shownAt={formShownAt("register")} />
        <p className="mt-6 text-sm text-slate-600">
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </p>
      </div>
    </div>
  );
}
