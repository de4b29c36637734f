"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormAlert, TextField, type Option } from "@/components/forms/fields";
import { updateProfileAction, type ProfileState, type ProfileValues } from "./actions";

export function ProfileForm({
  initial,
  platformOptions,
  chapterOptions,
}: {
  initial: ProfileValues;
  platformOptions: Option[];
  chapterOptions: Option[];
}) {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, {});
  const errors = state.fieldErrors ?? {};
  // After an answer the form shows what was sent (kept on error, saved on success).
  const values = state.values ?? initial;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("detailsSection")}</h2>
        <p id="identity-note" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("identityNote")}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="nameZh" label={t("nameZh")} required defaultValue={values.nameZh} error={errors.nameZh} maxLength={100} autoComplete="organization" />
          <TextField name="nameEn" label={t("nameEn")} defaultValue={values.nameEn} error={errors.nameEn} maxLength={200} />
        </div>
        <TextField name="uscc" label={t("uscc")} hint={t("usccHint")} required defaultValue={values.uscc} error={errors.uscc} maxLength={24} autoComplete="off" />
      </section>
      <section className="space-y-4 border-t border-slate-200 pt-5">
        <h2 className="text-lg font-semibold">{t("contactSection")}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="contactName" label={t("contactName")} required defaultValue={values.contactName} error={errors.contactName} maxLength={50} autoComplete="name" />
          <TextField
            name="contactPhone"
            label={t("contactPhone")}
            required
            type="tel"
            inputMode="tel"
            defaultValue={values.contactPhone}
            error={errors.contactPhone}
            maxLength={20}
            autoComplete="tel"
          />
        </div>
      </section>
      <section className="space-y-4 border-t border-slate-200 pt-5">
        <CheckboxGroup
          name="platformIds"
          label={t("platforms")}
          hint={t("platformsHint")}
          required
          options={platformOptions}
          selected={values.platformIds}
          error={errors.platformIds}
          columns="grid-cols-2 sm:grid-cols-3"
        />
        <CheckboxGroup
          name="hsChapters"
          label={t("categories")}
          hint={t("categoriesHint")}
          options={chapterOptions}
          selected={values.hsChapters}
          error={errors.hsChapters}
          columns="sm:grid-cols-1"
          scroll
        />
      </section>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
