"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FieldMessage, FormAlert, type Option } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { MAX_SEATS_PER_SIGNUP } from "@/lib/validation/signup-limits";
import { ConsentCheckbox } from "@/components/privacy/consent-checkbox";

export type SignupValues = {
  attendees: string[];
  partnerIds: string[];
  formShownAt?: string;
  /** The ticks given before a refusal, put back (never ticked at first). */
  privacyConsent?: boolean;
  attendeesInformed?: boolean;
};

/** The signup: one named attendee per seat, up to three, and the partners to meet. */
export function SignupForm({
  action: signUp,
  eventKey,
  partners,
  full,
  shownAt,
}: {
  action: FormAction<SignupValues>;
  eventKey: string;
  partners: Option[];
  full: boolean;
  shownAt: string;
}) {
  const t = useTranslations("events.signup");
  const [state, action, pending] = useActionState<FormState<SignupValues>, FormData>(signUp, {});
  const errors = state.fieldErrors ?? {};
  const names = state.values?.attendees ?? [];
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="eventKey" value={eventKey} />
      <input type="hidden" name="formShownAt" value={state.values?.formShownAt ?? shownAt} />
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {full ? (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("full")}</p>
      ) : null}
      <fieldset aria-describedby="attendees-hint attendees-error" aria-invalid={errors.attendees ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("attendeesLegend")}</legend>
        <p id="attendees-hint" className="mt-0.5 text-xs text-slate-500">
          {t("attendeesHint")}
        </p>
        <div className="mt-2 space-y-2">
          {Array.from({ length: MAX_SEATS_PER_SIGNUP }, (_, i) => (
            <div key={i}>
              <label htmlFor={`attendee-${i + 1}`} className="block text-sm text-slate-700">
                {t("attendee", { n: i + 1 })}
                {i === 0 ? (
                  <span aria-hidden="true" className="ml-0.5 text-red-700">
                    *
                  </span>
                ) : null}
              </label>
              <input
                id={`attendee-${i + 1}`}
                name="attendees"
                defaultValue={names[i] ?? ""}
                maxLength={50}
                autoComplete="off"
                aria-required={i === 0 || undefined}
                aria-invalid={errors.attendees ? true : undefined}
                className={`mt-1 block w-full rounded border px-3 py-2 shadow-sm ${errors.attendees ? "border-red-500" : "border-slate-300"}`}
              />
            </div>
          ))}
        </div>
        <FieldMessage name="attendees" error={errors.attendees} />
      </fieldset>
      {partners.length ? (
        <CheckboxGroup
          name="partnerIds"
          label={t("partnersLegend")}
          options={partners}
          selected={state.values?.partnerIds ?? []}
          columns="sm:grid-cols-2"
          error={errors.partnerIds}
        />
      ) : null}
      <ConsentCheckbox kind="attendees" checked={state.values?.attendeesInformed} error={errors.attendeesInformed} />
      <ConsentCheckbox kind="notice" checked={state.values?.privacyConsent} error={errors.privacyConsent} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
