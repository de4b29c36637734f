"use client";
import { useTranslations } from "next-intl";
import { CheckboxGroup, SelectField, TextField, type Option } from "@/components/forms/fields";
import { HsChapterPicker } from "./hs-chapter-picker";
import type { CompanyFormOptions } from "@/lib/server/merchants/form-options";
import type { CompanyValues } from "@/lib/forms/company-values";
import type { FieldErrors } from "@/lib/forms/form-state";

export type { CompanyValues };

type Part = { values: CompanyValues; errors: FieldErrors };

// The parts of a company's details, shared by registration, the resubmission
// after revisions and the profile. Labels come from the "register" namespace.

/** `readOnly`: shown and sent as they are, for a member who may not change them. */
export function IdentityFields({ values, errors, readOnly }: Part & { readOnly?: boolean }) {
  const t = useTranslations("register");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="nameZh"
          label={t("nameZh")}
          required
          defaultValue={values.nameZh}
          error={errors.nameZh}
          maxLength={100}
          autoComplete="organization"
          readOnly={readOnly}
        />
        <TextField
          name="nameEn"
          label={t("nameEn")}
          defaultValue={values.nameEn}
          error={errors.nameEn}
          maxLength={200}
          readOnly={readOnly}
        />
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
        readOnly={readOnly}
      />
    </>
  );
}

export function ParkField({ values, errors, parkOptions }: Part & { parkOptions: Option[] }) {
  const t = useTranslations("register");
  return (
    <SelectField
      name="parkId"
      label={t("park")}
      required
      placeholder={t("parkPlaceholder")}
      options={parkOptions}
      defaultValue={values.parkId}
      error={errors.parkId}
    />
  );
}

export function OfferingFields({
  values,
  errors,
  platformOptions,
  chapterOptions,
}: Part & { platformOptions: Option[]; chapterOptions: Option[] }) {
  const t = useTranslations("register");
  return (
    <>
      <CheckboxGroup
        name="platformIds"
        label={t("platforms")}
        hint={t("platformsHint")}
        required
        options={platformOptions}
        selected={values.platformIds ?? []}
        error={errors.platformIds}
        columns="grid-cols-2 sm:grid-cols-4"
      />
      <HsChapterPicker
        label={t("categories")}
        hint={t("categoriesHint")}
        options={chapterOptions}
        selected={values.hsChapters ?? []}
        error={errors.hsChapters}
      />
    </>
  );
}

export function ContactFields({ values, errors }: Part) {
  const t = useTranslations("register");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        name="contactName"
        label={t("contactName")}
        required
        defaultValue={values.contactName}
        error={errors.contactName}
        maxLength={50}
        autoComplete="name"
      />
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
  );
}

/** Everything a registration (or a resubmission) asks about the company. */
export function CompanyFields({ options, values, errors }: Part & { options: CompanyFormOptions }) {
  return (
    <>
      <IdentityFields values={values} errors={errors} />
      <ParkField values={values} errors={errors} parkOptions={options.parkOptions} />
      <OfferingFields
        values={values}
        errors={errors}
        platformOptions={options.platformOptions}
        chapterOptions={options.chapterOptions}
      />
      <ContactFields values={values} errors={errors} />
    </>
  );
}
