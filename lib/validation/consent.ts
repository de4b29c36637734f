import { z } from "zod";
import { agreesToCurrentNotice, agreesToOtherNotice } from "@/lib/privacy/notice";

// A consent is an explicit tick: a checkbox sends "on" (the JSON signup route
// sends true), the notice's box the version it showed. Anything else, or
// nothing, is no consent. Message keys are looked up in the
// `privacyConsent.errors` namespace first.

const tick = (message: string) => z.unknown().refine((value) => value === "on" || value === true, message);

/**
 * "I have read and agree to the privacy notice": registration, invitations,
 * renewal. A box ticked on a page that showed an earlier version is asked
 * again, for the text in force (lib/privacy/notice.ts).
 */
const noticeTick = z.unknown().superRefine((value, ctx) => {
  if (agreesToCurrentNotice(value)) return;
  const message = agreesToOtherNotice(value) ? "privacyNoticeChanged" : "privacyConsentRequired";
  ctx.addIssue({ code: "custom", message });
});

export const PrivacyConsentFields = z.object({ privacyConsent: noticeTick });

/** An event signup names other people: the company also confirms it told them of the notice. */
export const SignupConsentFields = PrivacyConsentFields.extend({
  attendeesInformed: tick("attendeesInformedRequired"),
});

/** Where a consent form's refusals are explained, before the shared `validation` namespace. */
export const CONSENT_MESSAGES = "privacyConsent.errors";
