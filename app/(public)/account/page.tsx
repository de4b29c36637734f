import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/auth/guards";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requirePageUser(["MERCHANT", "STAFF", "PARK_OPERATOR"], "/account");
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-xl space-y-8 px-4 py-12">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("signedInAs", { email: user.email })}</p>
      </div>
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("password.title")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("password.lead")}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessions.title")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{t("sessions.lead")}</p>
        <form action={signOutEverywhereAction}>
          <button
            type="submit"
            className="rounded border border-red-300 bg-white px-4 py-2.5 font-medium text-red-800 hover:bg-red-50"
          >
            {t("sessions.submit")}
          </button>
        </form>
      </section>
    </div>
  );
}
