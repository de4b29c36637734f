"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import type { CompanyFormOptions } from "@/lib/server/merchants/form-options";
import type { FieldErrors } from "@/lib/forms/field-errors";

export type CompanyValues = {
  nameZh?: string;
  nameEn?: string;
  uscc?: string;
  parkId?: string;
  platformIds?: string[];
  hsChapters?: string[];
  contactName?: string;
  contactPhone?: string;
};

/** The company part of registration and of a resubmission after revisions. */
export function CompanyFields({
  options,
  values,
  errors,
}: {
  options: CompanyFormOptions;
  values: CompanyValues;
  errors: FieldErrors;
}) {
  const t = useTranslations("register");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="nameZh" label={t("nameZh")} required defaultValue={values.nameZh} error={errors.nameZh} maxLength={100} autoComplete="organization" />
        <TextField name="nameEn" label={t("nameEn")} defaultValue={values.nameEn} error={errors.nameEn} maxLength={200} />
      </div>
      <TextField
        name="uscc"
        label={t("uscc")}
        hint={t("usccHint")}
        required
        defaultValue={values.uscc}
        error={errors.uscc}
        maxLength={24}
        autoComplete="off"
      />
      <SelectField
        name="parkId"
        label={t("park")}
        required
        placeholder={t("parkPlaceholder")}
        options={options.parkOptions}
        defaultValue={values.parkId}
        error={errors.parkId}
      />
      <CheckboxGroup
        name="platformIds"
        label={t("platforms")}
        hint={t("platformsHint")}
        required
        options={options.platformOptions}
        selected={values.platformIds ?? []}
        error={errors.platformIds}
        columns="grid-cols-2 sm:grid-cols-4"
      />
      <CheckboxGroup
        name="hsChapters"
        label={t("categories")}
        hint={t("categoriesHint")}
        options={options.chapterOptions}
        selected={values.hsChapters ?? []}
        error={errors.hsChapters}
        columns="sm:grid-cols-2"
        scroll
      />
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
    </>
  );
}
