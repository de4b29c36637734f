"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { safeCallbackPath } from "@/lib/server/auth/callback-path";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSessionUser } from "@/lib/server/auth/guards";
import { homePathFor } from "@/lib/server/auth/session-user";
import { db } from "@/lib/server/db";
import { recordConsent } from "@/lib/server/privacy/consents";
import { agreesToCurrentNotice } from "@/lib/privacy/notice";
import { CONSENT_MESSAGES, PrivacyConsentFields } from "@/lib/validation/consent";

const Renewal = PrivacyConsentFields.extend({
  next: z.string().max(2000).catch(""),
});

/** A signed-in person agrees to the notice in force (it changed, or they never had), then goes where they were going. */
export const renewConsentAction = formAction<typeof Renewal, "user", { privacyConsent?: string }>({
  access: "user",
  schema: Renewal,
  values: (raw) => ({ privacyConsent: agreesToCurrentNotice(raw.privacyConsent) ? "on" : "" }),
  messages: [CONSENT_MESSAGES],
  summary: false,
  async run({ next }, { actor }) {
    await recordConsent(db, actor.userId, "RENEWAL", { clientAddress: clientIp(await headers()) });
    const user = await getSessionUser();
    redirect(user ? safeCallbackPath(next, homePathFor(user)) : "/login");
  },
});
