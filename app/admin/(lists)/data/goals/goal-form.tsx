"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

export type GoalValues = TextValues;

/** Edits a goal, or adds one when there is no goal id. */
export function GoalForm({
  action: save,
  initial,
  metricOptions,
  zoneOptions,
}: {
  action: FormAction<GoalValues>;
  initial: GoalValues;
  metricOptions: Option[];
  zoneOptions: Option[];
}) {
  const t = useTranslations("dataAdmin.goals");
  const [state, action, pending] = useActionState<FormState<GoalValues>, FormData>(save, {});
  const e = state.fieldErrors ?? {};
  const v = { ...initial, ...(state.values ?? {}) };
  const creating = !initial.goalId;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} />
      {creating ? null : <input type="hidden" name="goalId" value={initial.goalId} />}
      <div className="grid gap-3 sm:grid-cols-2">
        {creating ? (
          <TextField
            name="code"
            label={t("fields.code")}
            hint={t("fields.codeHint")}
            required
            maxLength={64}
            defaultValue={v.code}
            error={e.code}
          />
        ) : null}
        <SelectField
          name="metric"
          label={t("fields.metric")}
          required
          placeholder={t("fields.metric")}
          options={metricOptions}
          defaultValue={v.metric}
          error={e.metric}
        />
        <TextField
          name="labelZh"
          label={t("fields.labelZh")}
          required
          maxLength={200}
          defaultValue={v.labelZh}
          error={e.labelZh}
        />
        <TextField
          name="labelEn"
          label={t("fields.labelEn")}
          required
          maxLength={300}
          defaultValue={v.labelEn}
          error={e.labelEn}
        />
        <SelectField
          name="zoneId"
          label={t("fields.zoneId")}
          placeholder={t("city")}
          options={zoneOptions}
          defaultValue={v.zoneId}
          error={e.zoneId}
        />
        <TextField
          name="target"
          label={t("fields.target")}
          hint={t("fields.targetHint")}
          required
          maxLength={24}
          defaultValue={v.target}
          error={e.target}
        />
        <TextField
          name="baseline"
          label={t("fields.baseline")}
          maxLength={24}
          defaultValue={v.baseline}
          error={e.baseline}
        />
        <TextField
          name="baselineYear"
          label={t("fields.baselineYear")}
          required
          inputMode="numeric"
          maxLength={4}
          defaultValue={v.baselineYear}
          error={e.baselineYear}
        />
        <TextField
          name="periodStart"
          label={t("fields.periodStart")}
          hint={t("fields.periodHint")}
          required
          inputMode="numeric"
          maxLength={7}
          defaultValue={v.periodStart}
          error={e.periodStart}
        />
        <TextField
          name="periodEnd"
          label={t("fields.periodEnd")}
          required
          inputMode="numeric"
          maxLength={7}
          defaultValue={v.periodEnd}
          error={e.periodEnd}
        />
        <TextField
          name="reported"
          label={t("fields.reported")}
          hint={t("fields.reportedHint")}
          maxLength={24}
          defaultValue={v.reported}
          error={e.reported}
        />
      </div>
      <SubmitButton pending={pending} label={creating ? t("create") : t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
