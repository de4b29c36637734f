"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

/** Enters or corrects one month's rate for one currency. */
export function RateForm({
  action: save,
  currencyOptions,
  defaultMonth,
}: {
  action: FormAction<TextValues>;
  currencyOptions: Option[];
  defaultMonth: string;
}) {
  const t = useTranslations("dataAdmin.rates");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(save, {});
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="month"
          label={t("monthField")}
          required
          maxLength={7}
          defaultValue={v.month ?? defaultMonth}
          error={e.month}
        />
        <SelectField
          name="currency"
          label={t("currency")}
          required
          placeholder={t("currency")}
          options={currencyOptions}
          defaultValue={v.currency ?? "USD"}
          error={e.currency}
        />
        <TextField
          name="rate"
          label={t("rate")}
          hint={t("rateHint")}
          required
          inputMode="text"
          maxLength={20}
          defaultValue={v.rate}
          error={e.rate}
        />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
