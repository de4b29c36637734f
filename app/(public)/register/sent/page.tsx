import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("membership.registration.sent");
  return { title: t("title") };
}

/** Where every registration that passed the form's checks lands, new email or not. */
export default async function RegistrationSentPage() {
  const t = await getTranslations("membership.registration.sent");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("text")}</p>
        <p className="mt-2 text-slate-700">{t("review")}</p>
        <p className="mt-2 text-sm text-slate-600">{t("noMail")}</p>
        <p className="mt-6">
          <Link href="/login" className="font-medium text-brand-700 underline">
            {t("signIn")}
          </Link>
        </p>
      </div>
    </div>
  );
}
