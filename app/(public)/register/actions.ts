"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { CompanyValues } from "@/lib/forms/company-values";
import { getUiLocale } from "@/lib/i18n/server";
import { formAction } from "@/lib/server/actions/form-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { refuseInhumanTime } from "@/lib/server/forms/human-time";
import { registerMerchant } from "@/lib/server/merchants/register-merchant";
import { sendRegistrationMail } from "@/lib/server/merchants/registration-mail";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { limitByAddress } from "@/lib/server/rate-limit";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { Registration } from "@/lib/validation/merchant";
import { CONSENT_MESSAGES, PrivacyConsentFields } from "@/lib/validation/consent";

// The privacy notice's checkbox is part of the form: a form without the tick parses to a field error and writes nothing.
const RegistrationWithConsent = Registration.extend(PrivacyConsentFields.shape);

/** A new company and its owner's account; everything typed but the password comes back on a refusal. */
export const registerAction = formAction<
  typeof RegistrationWithConsent,
  "anyone",
  CompanyValues & { email?: string; privacyConsent?: string }
>({
  access: "anyone",
  schema: RegistrationWithConsent,
  arrayFields: ["platformIds", "hsChapters"],
  // A USCC registered already may be named, with how to reach the commission.
  messages: ["membership.registration.errors", CONSENT_MESSAGES],
  async run(data, { invalid, fail, formData, values }) {
    const ip = clientIp(await headers());
    const early = await refuseInhumanTime("register", formData, ip);
    if (early) return { ...fail(early.messageKey), values: { ...values, formShownAt: early.fresh } };
    const limit = await limitByAddress(db, "register", ip);
    if (!limit.ok) return fail("throttle.register", { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const result = await registerMerchant(db, data, await hashPassword(data.password), { clientAddress: ip });
    if (!result.ok && "fieldErrors" in result) return invalid(result.fieldErrors);
    // A new email and one that has an account get the same page; only the mail differs.
    if (result.ok) await emailNotifications(result.notificationIds);
    const opts = { origin: await requestOrigin(), locale: await getUiLocale() };
    await sendRegistrationMail(data.email, result.ok ? "created" : "emailKnown", data, opts);
    redirect("/register/sent");
  },
});
