import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [t, tHelp, tCode, tKeys, user, params] = await Promise.all([
    getTranslations("login"),
    getTranslations("loginHelp"),
    getTranslations("secondFactorLogin"),
    getTranslations("securityKeys"),
    getSessionUser(),
    searchParams,
  ]);
  if (user) redirect(homePathFor(user));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">{t("lead")}</p>
        <LoginForm
          callbackUrl={typeof params.callbackUrl === "string" ? params.callbackUrl : ""}
          codeStep={{
            lead: tCode("lead"),
            code: tCode("code"),
            submit: tCode("submit"),
            submitting: tCode("submitting"),
          }}
          keyStep={{
            lead: tKeys("useKeyLead"),
            leadKeyOnly: tKeys("useKeyOnlyLead"),
            use: tKeys("useKey"),
            waiting: tKeys("waiting"),
            failed: tKeys("keyFailed"),
            failedKeyOnly: tKeys("keyOnlyFailed"),
          }}
        />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            {tHelp("forgotLink")}
          </Link>
        </p>
        <p className="mt-6 text-sm text-slate-600">
          {t("noAccount")}{" "}
          <Link href="/register" className="font-medium text-brand-700 underline">
            {t("registerLink")}
          </Link>
        </p>
      </div>
    </div>
  );
}
