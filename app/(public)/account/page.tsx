import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { listUserSessions } from "@/lib/server/account/device-sessions";
import { requirePageUser } from "@/lib/server/auth/guards";
import { currentSession } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";
import { EndSessionButton } from "./end-session-button";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requirePageUser(["MERCHANT", "STAFF", "PARK_OPERATOR"], "/account", { ownAccount: true });
  const [t, tSessions, locale, claims] = await Promise.all([
    getTranslations("account"),
    getTranslations("deviceSessions"),
    getUiLocale(),
    currentSession(),
  ]);
  const sessions = await listUserSessions(db, { userId: user.id });
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
      <SecondFactorSection on={user.secondFactor} />
      <section aria-labelledby="devices-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="devices-heading" className="text-lg font-semibold">
          {tSessions("title")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">{tSessions("lead")}</p>
        {/* Cards, one per session: they stack on a phone without scrolling sideways. */}
        <ul className="space-y-3">
          {sessions.map((s) => {
            const here = s.id === claims?.sessionId;
            return (
              <li key={s.id} className="rounded border border-slate-200 p-4 text-sm break-words">
                {here ? <p className="mb-2 font-medium text-emerald-800">{tSessions("thisDevice")}</p> : null}
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-slate-600">{tSessions("signedIn")}</dt>
                  <dd className="tabular-nums">{formatDateTime(s.createdAt, locale)}</dd>
                  <dt className="text-slate-600">{tSessions("lastSeen")}</dt>
                  <dd className="tabular-nums">{formatDateTime(s.lastSeenAt, locale)}</dd>
                  <dt className="text-slate-600">{tSessions("expires")}</dt>
                  <dd className="tabular-nums">{formatDateTime(s.expiresAt, locale)}</dd>
                </dl>
                {here ? null : (
                  <div className="mt-3">
                    <EndSessionButton
                      sessionId={s.id}
                      label={tSessions("signOut")}
                      pendingLabel={tSessions("signingOut")}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {sessions.every((s) => s.id === claims?.sessionId) ? (
          <p className="mt-3 text-sm text-slate-600">{tSessions("none")}</p>
        ) : null}
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

/** Whether two-step sign-in is on, and the way to its page. */
async function SecondFactorSection({ on }: { on: boolean }) {
  const t = await getTranslations("secondFactor");
  return (
    <section
      aria-labelledby="second-factor-heading"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="second-factor-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">{on ? t("statusOn") : t("statusOff")}</p>
      <Link href="/account/mfa" className="font-medium text-brand-700 underline">
        {on ? t("manage") : t("setUp")}
      </Link>
    </section>
  );
}
