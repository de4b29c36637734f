"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

/** Adds a partner, or edits one when `initial.partnerId` is set. */
export function PartnerForm({
  action: save,
  initial,
  kinds,
  platforms,
}: {
  action: FormAction<TextValues>;
  initial: TextValues;
  kinds: Option[];
  platforms: Option[];
}) {
  const t = useTranslations("partners");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(save, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? initial;
  const editing = Boolean(initial.partnerId);
  return (
    <form action={action} className="space-y-4" noValidate>
      {editing ? <input type="hidden" name="partnerId" value={initial.partnerId} /> : null}
      <FormAlert message={state.message} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          placeholder={t("fields.kindPlaceholder")}
          options={kinds}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <SelectField
          name="platformId"
          label={t("fields.platform")}
          hint={t("fields.platformHint")}
          placeholder={t("fields.platformPlaceholder")}
          options={platforms}
          defaultValue={values.platformId}
          error={errors.platformId}
        />
        <TextField
          name="nameZh"
          label={t("fields.nameZh")}
          required
          maxLength={100}
          defaultValue={values.nameZh}
          error={errors.nameZh}
        />
        <TextField
          name="nameEn"
          label={t("fields.nameEn")}
          required
          maxLength={200}
          defaultValue={values.nameEn}
          error={errors.nameEn}
        />
        <TextField
          name="markets"
          label={t("fields.markets")}
          hint={t("fields.marketsHint")}
          maxLength={2000}
          defaultValue={values.markets}
          error={errors.markets}
        />
        <TextField
          name="hsChapters"
          label={t("fields.hsChapters")}
          hint={t("fields.hsChaptersHint")}
          maxLength={2000}
          defaultValue={values.hsChapters}
          error={errors.hsChapters}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t(editing ? "submitEdit" : "submitCreate")}
      </button>
    </form>
  );
}
