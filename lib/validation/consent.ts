import { z } from "zod";

// A consent is an explicit tick: a checkbox sends "on" (the JSON signup route
// sends true). Anything else, or nothing, is no consent. Message keys are
// looked up in the `privacyConsent.errors` namespace first.

const tick = (message: string) => z.unknown().refine((value) => value === "on" || value === true, message);

/** "I have read and agree to the privacy notice": registration, invitations, renewal. */
export const PrivacyConsentFields = z.object({ privacyConsent: tick("privacyConsentRequired") });

/** An event signup names other people: the company also confirms it told them of the notice. */
export const SignupConsentFields = PrivacyConsentFields.extend({
  attendeesInformed: tick("attendeesInformedRequired"),
});

/** Where a consent form's refusals are explained, before the shared `validation` namespace. */
export const CONSENT_MESSAGES = "privacyConsent.errors";
