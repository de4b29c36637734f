import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { listUserSessions } from "@/lib/server/account/device-sessions";
import { requirePageUser } from "@/lib/server/auth/guards";
import { currentSession } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { getOwnClosureRequest } from "@/lib/server/privacy/closure-requests";
import { ChangePasswordForm } from "./change-password-form";
import { RequestClosureForm, WithdrawClosureForm } from "./closure-forms";
import { requestClosureAction, withdrawClosureAction } from "./privacy-actions";
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
        {/* A plain POST to a route, as the user menu's sign-out: its answer clears the site's data in this browser. */}
        <form action="/auth/sign-out-everywhere" method="post">
          <button
            type="submit"
            className="rounded border border-red-300 bg-white px-4 py-2.5 font-medium text-red-800 hover:bg-red-50"
          >
            {t("sessions.submit")}
          </button>
        </form>
      </section>
      <PersonalDataSection />
      <ClosureSection userId={user.id} />
    </div>
  );
}

/** The person's own data, to download (PIPL Art. 45). */
async function PersonalDataSection() {
  const t = await getTranslations("privacyRights.download");
  const link =
    "inline-block rounded border border-slate-300 bg-white px-4 py-2.5 font-medium text-brand-700 hover:bg-slate-50";
  return (
    <section
      aria-labelledby="personal-data-heading"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="personal-data-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">{t("lead")}</p>
      <div className="flex flex-wrap gap-3">
        <a href="/account/data?format=json" download className={link}>
          {t("json")}
        </a>
        <a href="/account/data?format=csv" download className={link}>
          {t("csv")}
        </a>
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("csvHint")}</p>
    </section>
  );
}

/** Asking to close the account, or where the request stands (PIPL Art. 47). */
async function ClosureSection({ userId }: { userId: string }) {
  const [t, locale, request] = await Promise.all([
    getTranslations("privacyRights.closure"),
    getUiLocale(),
    getOwnClosureRequest(db, userId),
  ]);
  const pending = request?.status === "PENDING";
  return (
    <section aria-labelledby="closure-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="closure-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
      <p className="mt-2 mb-4 text-sm text-slate-600">{t("ownerRule")}</p>
      {request?.status === "REJECTED" && request.decidedAt ? (
        <p className="mb-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm break-words text-amber-900">
          {t("rejected", {
            requested: formatDate(request.requestedAt, locale),
            decided: formatDate(request.decidedAt, locale),
            reason: request.reason ?? "",
          })}
        </p>
      ) : null}
      {pending ? (
        <>
          <p role="status" className="mb-4 rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            {t("pending", {
              requested: formatDate(request.requestedAt, locale),
              due: formatDay(request.dueDay, locale) ?? request.dueDay,
            })}
          </p>
          <WithdrawClosureForm action={withdrawClosureAction} label={t("withdraw")} />
        </>
      ) : (
        <RequestClosureForm
          action={requestClosureAction}
          texts={{ confirm: t("confirm"), submit: t("submit"), submitting: t("submitting") }}
        />
      )}
    </section>
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
