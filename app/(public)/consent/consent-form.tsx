"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConsentCheckbox } from "@/components/privacy/consent-checkbox";
import type { FormState } from "@/lib/forms/form-state";
import { renewConsentAction } from "./actions";

export function ConsentForm({ next }: { next: string }) {
  const t = useTranslations("privacyConsent.page");
  const [state, action, pending] = useActionState<FormState<{ privacyConsent?: string }>, FormData>(
    renewConsentAction,
    {},
  );
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.message} />
      <ConsentCheckbox kind="notice" checked={state.values?.privacyConsent === "on"} error={errors.privacyConsent} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
