"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { refuseInhumanTime } from "@/lib/server/forms/human-time";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { signUp } from "@/lib/server/events/sign-up";
import { withdrawSignup } from "@/lib/server/events/withdraw-signup";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { SignupInput } from "@/lib/validation/event";
import { agreesToCurrentNotice } from "@/lib/privacy/notice";
import { CONSENT_MESSAGES, SignupConsentFields } from "@/lib/validation/consent";
import { clientIp } from "@/lib/server/auth/client-ip";
import { headers } from "next/headers";
import type { SignupValues } from "@/components/events/signup-form";

// The signed-in merchant user may ask; whether its company may sign up is the use case's answer.
const MERCHANT_ONLY = {
  access: "merchant",
  forbidden: "events.refusals.forbidden",
  signedOut: "events.refusals.signInAgain",
} as const;

const text = z
  .string()
  .default("")
  .transform((value) => value.slice(0, 200));

// Both ticks are part of the form: without either, it parses to a field error and nothing is signed up.
const SignupWithConsent = SignupInput.extend(SignupConsentFields.shape);

export const signUpAction = formAction<typeof SignupWithConsent, "merchant", SignupValues>({
  ...MERCHANT_ONLY,
  schema: SignupWithConsent,
  arrayFields: ["attendees", "partnerIds"],
  values: (raw) => ({
    attendees: (raw.attendees as string[]).slice(0, 3),
    partnerIds: raw.partnerIds as string[],
    privacyConsent: agreesToCurrentNotice(raw.privacyConsent),
    attendeesInformed: raw.attendeesInformed === "on",
  }),
  messages: ["eventsValidation", "events.refusals", CONSENT_MESSAGES],
  async run(data, { actor, t, formData, values, fail, invalid }) {
    const early = await refuseInhumanTime("eventSignup", formData);
    if (early) {
      const kept = {
        attendees: values?.attendees ?? [],
        partnerIds: values?.partnerIds ?? [],
        privacyConsent: values?.privacyConsent,
        attendeesInformed: values?.attendeesInformed,
      };
      return { ...fail(early.messageKey), values: { ...kept, formShownAt: early.fresh } };
    }
    // A forged form may send the key as a file: then it names no event.
    const eventKey = text.catch("").parse(formData.get("eventKey") ?? undefined);
    const consent = { clientAddress: clientIp(await headers()), attendeesInformed: true };
    const result = await signUp(db, actor, eventKey, data, new Date(), consent);
    if (!result.ok) {
      if (result.reason === "partnerUnknown") return invalid([{ path: ["partnerIds"], message: "partnerUnknown" }]);
      return fail(`events.refusals.${result.reason}`);
    }
    await emailEventNotifications(result.notificationIds, result.eventId, await requestOrigin());
    revalidatePath(`/events/${eventKey}`);
    revalidatePath("/merchant/events");
    return {
      ok: true,
      message:
        result.status === "CONFIRMED"
          ? t("events.signup.doneConfirmed", { seats: result.seats })
          : t("events.signup.doneWaitlisted", { position: result.position ?? 0 }),
    };
  },
});

export const withdrawAction = formAction({
  ...MERCHANT_ONLY,
  schema: z.object({ signupId: text, eventKey: text }),
  values: false,
  async run({ signupId, eventKey }, { actor, t, fail }) {
    const result = await withdrawSignup(db, actor, signupId);
    if (!result.ok)
      return fail(result.reason === "tooLate" ? "events.refusals.tooLate" : "events.refusals.withdrawNotFound");
    await emailEventNotifications(result.notificationIds, result.eventId, await requestOrigin());
    revalidatePath(`/events/${eventKey}`);
    revalidatePath("/merchant/events");
    return { ok: true, message: t("events.signup.withdrawn") };
  },
});
