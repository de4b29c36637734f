import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { getSecondFactor } from "@/lib/server/account/second-factor";
import { requirePageUser } from "@/lib/server/auth/guards";
import { homePathFor, needsSecondFactorEnrolment } from "@/lib/server/auth/session-user";
import { listSecurityKeys } from "@/lib/server/auth/webauthn";
import { db } from "@/lib/server/db";
import {
  addSecurityKeyAction,
  confirmSecondFactorAction,
  manageSecondFactorAction,
  removeSecurityKeyAction,
  securityKeyOptionsAction,
} from "./actions";
import { ConfirmSecondFactorForm, ManageSecondFactorForm, type SecondFactorLabels } from "./second-factor-forms";
import { AddSecurityKeyForm, RemoveSecurityKeyForm, type SecurityKeyLabels } from "./security-key-forms";

export async function generateMetadata() {
  const t = await getTranslations("secondFactor");
  return { title: t("title") };
}

/**
 * Two-step sign-in (TOTP): enrolment with a QR code and the key as text, then
 * recovery codes shown once; once on, new recovery codes or turning it off.
 * Staff and park operators without it are sent here from every /admin page.
 */
export default async function SecondFactorPage() {
  const user = await requirePageUser(["MERCHANT", "STAFF", "PARK_OPERATOR"], "/account/mfa", { ownAccount: true });
  const [t, tKeys, state, keys, locale] = await Promise.all([
    getTranslations("secondFactor"),
    getTranslations("securityKeys"),
    getSecondFactor(db, { userId: user.id }),
    listSecurityKeys(db, user.id),
    getUiLocale(),
  ]);
  const keyLabels: SecurityKeyLabels = {
    name: tKeys("name"),
    add: tKeys("add"),
    adding: tKeys("adding"),
    failed: tKeys("failed"),
    password: tKeys("password"),
    remove: tKeys("remove"),
    removing: tKeys("removing"),
  };
  const labels: SecondFactorLabels = {
    code: t("code"),
    confirm: t("confirm"),
    confirming: t("confirming"),
    password: t("password"),
    recoveryTitle: t("recoveryTitle"),
    recoveryLead: t("recoveryLead"),
    continue: t("continue"),
    renew: t("renew"),
    renewing: t("renewing"),
    disable: t("disable"),
  };
  // Where "Continue" leads once the codes are noted: the user's home, now that TOTP is on.
  const next = homePathFor({ ...user, secondFactor: true });
  const qr = state && !state.enabled ? await QRCode.toString(state.uri, { type: "svg", margin: 1 }) : "";
  return (
    <div className="mx-auto max-w-xl space-y-6 px-4 py-12">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
      </div>
      {needsSecondFactorEnrolment(user) ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("required")}
        </p>
      ) : null}
      {state?.enabled ? (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="font-medium text-emerald-800">{t("statusOn")}</p>
          <p className="text-sm text-slate-700">{t("recoveryLeft", { count: state.recoveryCodesLeft })}</p>
          <p className="text-sm text-slate-600">
            {t("renewLead")} {t("disableLead")}
          </p>
          <ManageSecondFactorForm action={manageSecondFactorAction} labels={labels} next="/account/mfa" />
        </section>
      ) : state ? (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <p className="text-sm text-slate-700">{t("scan")}</p>
          {/* The SVG is made on the server by qrcode from the otpauth URI; it carries no script. */}
          <div role="img" aria-label={t("qrAlt")} className="h-48 w-48" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="text-sm text-slate-700">
            {t("secret")}{" "}
            <code data-testid="totp-secret" className="font-mono break-all">
              {state.secret}
            </code>
          </p>
          <p className="text-sm text-slate-700">{t("enter")}</p>
          <ConfirmSecondFactorForm action={confirmSecondFactorAction} labels={labels} next={next} />
        </section>
      ) : null}
      <section
        aria-labelledby="security-keys-title"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="security-keys-title" className="text-lg font-semibold">
          {tKeys("title")}
        </h2>
        <p className="text-sm text-slate-600">{tKeys("lead")}</p>
        {keys.length ? (
          <ul aria-label={tKeys("listLabel")} className="divide-y divide-slate-200">
            {keys.map((key) => (
              <li key={key.id} className="py-3">
                <p className="font-medium break-words">{key.name}</p>
                <p className="text-sm text-slate-600">
                  {tKeys("addedOn", { date: formatDateTime(key.createdAt, locale) })} ·{" "}
                  {key.lastUsedAt
                    ? tKeys("lastUsed", { date: formatDateTime(key.lastUsedAt, locale) })
                    : tKeys("neverUsed")}
                </p>
                <RemoveSecurityKeyForm id={key.id} action={removeSecurityKeyAction} labels={keyLabels} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{tKeys("none")}</p>
        )}
        <AddSecurityKeyForm
          optionsAction={securityKeyOptionsAction}
          addAction={addSecurityKeyAction}
          labels={keyLabels}
        />
      </section>
    </div>
  );
}
