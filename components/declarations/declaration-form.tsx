"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { DateField } from "@/components/forms/date-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

type Options = {
  modeOptions: Option[];
  directionOptions: Option[];
  countryOptions: Option[];
  currencyOptions: Option[];
  platformOptions: Option[];
  hsOptions: Option[];
};

/** One declaration; what was typed comes back with the errors beside each field. */
export function DeclarationForm({
  action,
  options,
  today,
}: {
  action: FormAction<TextValues>;
  options: Options;
  today: string;
}) {
  const t = useTranslations("declarations.fields");
  const [state, formAction, pending] = useActionState<FormState<TextValues>, FormData>(action, {});
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormAlert message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField
          name="declaredOn"
          type="date"
          label={t("declaredOn")}
          hint={t("declaredOnHint")}
          required
          defaultValue={v.declaredOn ?? today}
          error={e.declaredOn}
        />
        <TextField
          name="reference"
          label={t("reference")}
          hint={t("referenceHint")}
          required
          maxLength={64}
          defaultValue={v.reference}
          error={e.reference}
        />
        <SelectField
          name="customsMode"
          label={t("customsMode")}
          required
          placeholder={t("choose")}
          options={options.modeOptions}
          defaultValue={v.customsMode}
          error={e.customsMode}
        />
        <SelectField
          name="direction"
          label={t("direction")}
          required
          placeholder={t("choose")}
          options={options.directionOptions}
          defaultValue={v.direction ?? "EXPORT"}
          error={e.direction}
        />
        <SelectField
          name="country"
          label={t("country")}
          required
          placeholder={t("choose")}
          options={options.countryOptions}
          defaultValue={v.country}
          error={e.country}
        />
        <SelectField
          name="platform"
          label={t("platform")}
          hint={t("platformHint")}
          placeholder={t("none")}
          options={options.platformOptions}
          defaultValue={v.platform}
          error={e.platform}
        />
        <TextField
          name="amount"
          label={t("amount")}
          hint={t("amountHint")}
          required
          inputMode="text"
          maxLength={24}
          defaultValue={v.amount}
          error={e.amount}
        />
        <SelectField
          name="currency"
          label={t("currency")}
          required
          placeholder={t("choose")}
          options={options.currencyOptions}
          defaultValue={v.currency ?? "CNY"}
          error={e.currency}
        />
        <SelectField
          name="hsChapter"
          label={t("hsChapter")}
          placeholder={t("none")}
          options={options.hsOptions}
          defaultValue={v.hsChapter}
          error={e.hsChapter}
        />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
