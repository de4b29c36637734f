"use server";
import { headers } from "next/headers";
import { after } from "next/server";
import { formAction } from "@/lib/server/actions/form-action";
import { requestPasswordReset } from "@/lib/server/account/request-password-reset";
import { clientIp } from "@/lib/server/auth/client-ip";
import { db } from "@/lib/server/db";
import { refuseInhumanTime } from "@/lib/server/forms/human-time";
import { sendMail } from "@/lib/server/mail/send-mail";
import { limitByAddress } from "@/lib/server/rate-limit";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { ResetRequest } from "@/lib/validation/account";

export const requestResetAction = formAction({
  access: "anyone",
  schema: ResetRequest,
  summary: false,
  async run({ email }, { t, fail, formData, values }) {
    const ip = clientIp(await headers());
    const early = await refuseInhumanTime("passwordReset", formData, ip);
    if (early) return { ...fail(early.messageKey), values: { ...values, formShownAt: early.fresh } };
    const limit = await limitByAddress(db, "passwordReset", ip);
    if (!limit.ok) return fail("forgotPassword.rateLimited");
    const mail = await requestPasswordReset(db, email, { origin: await requestOrigin() });
    // Sent once the answer is on its way, so that a known address takes no longer to answer than an unknown one.
    if (mail) after(() => sendMail(mail));
    // The same answer whether or not the address has an account.
    return { ok: true, message: t("forgotPassword.sent") };
  },
});
