"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldMessage, FormAlert, SelectField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

/** Records which partner a company met at an event and what came of it. */
export function FollowUpForm({
  action: save,
  eventId,
  companies,
  partners,
  outcomes,
}: {
  action: FormAction<TextValues>;
  eventId: string;
  companies: Option[];
  partners: Option[];
  outcomes: Option[];
}) {
  const t = useTranslations("eventFollowUps.form");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(save, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          name="merchantId"
          label={t("company")}
          required
          placeholder={t("companyPlaceholder")}
          options={companies}
          defaultValue={values.merchantId}
          error={errors.merchantId}
        />
        <SelectField
          name="partnerId"
          label={t("partner")}
          hint={t("partnerHint")}
          placeholder={t("partnerPlaceholder")}
          options={partners}
          defaultValue={values.partnerId}
          error={errors.partnerId}
        />
        <SelectField
          name="outcome"
          label={t("outcome")}
          required
          placeholder={t("outcomePlaceholder")}
          options={outcomes}
          defaultValue={values.outcome}
          error={errors.outcome}
        />
      </div>
      <div>
        <label htmlFor="note" className="block text-sm font-medium text-slate-800">
          {t("note")}
        </label>
        <p id="note-hint" className="mt-0.5 text-xs text-slate-500">
          {t("noteHint")}
        </p>
        <textarea
          id="note"
          name="note"
          rows={3}
          maxLength={1000}
          defaultValue={values.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby="note-hint note-error"
          className={`mt-1 block w-full rounded border px-3 py-2 shadow-sm ${errors.note ? "border-red-500" : "border-slate-300"}`}
        />
        <FieldMessage name="note" error={errors.note} />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
