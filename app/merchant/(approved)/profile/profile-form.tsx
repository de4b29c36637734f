"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ContactFields, IdentityFields, OfferingFields } from "@/components/merchants/company-fields";
import type { ProfileValues } from "@/lib/forms/company-values";
import type { FormState } from "@/lib/forms/form-state";
import { updateProfileAction } from "./actions";

export function ProfileForm({
  initial,
  platformOptions,
  chapterOptions,
  identityReadOnly = false,
}: {
  initial: ProfileValues;
  platformOptions: Option[];
  chapterOptions: Option[];
  /** For a member: the name and USCC are the owner's to change. */
  identityReadOnly?: boolean;
}) {
  const t = useTranslations("profile");
  const tm = useTranslations("membership.profile");
  const [state, action, pending] = useActionState<FormState<ProfileValues>, FormData>(updateProfileAction, {});
  const errors = state.fieldErrors ?? {};
  // After an answer the form shows what was sent (kept on error, saved on success).
  const values = state.values ?? initial;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("detailsSection")}</h2>
        <p id="identity-note" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {identityReadOnly ? tm("identityReadOnly") : t("identityNote")}
        </p>
        <IdentityFields values={values} errors={errors} readOnly={identityReadOnly} />
      </section>
      <section className="space-y-4 border-t border-slate-200 pt-5">
        <h2 className="text-lg font-semibold">{t("contactSection")}</h2>
        <ContactFields values={values} errors={errors} />
      </section>
      <section className="space-y-4 border-t border-slate-200 pt-5">
        <OfferingFields
          values={values}
          errors={errors}
          platformOptions={platformOptions}
          chapterOptions={chapterOptions}
        />
      </section>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
