"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CompanyFields } from "@/components/merchants/company-fields";
import { FormAlert, TextField } from "@/components/forms/fields";
import type { CompanyFormOptions } from "@/lib/server/merchants/form-options";
import type { CompanyValues } from "@/lib/forms/company-values";
import type { FormState } from "@/lib/forms/form-state";
import { registerAction } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { ConsentCheckbox } from "@/components/privacy/consent-checkbox";
import { agreesToCurrentNotice } from "@/lib/privacy/notice";

type RegisterValues = CompanyValues & { email?: string; privacyConsent?: string };

/** `shownAt`: the page's signed time of showing the form (lib/server/forms/human-time.ts). */
export function RegisterForm({ options, shownAt }: { options: CompanyFormOptions; shownAt: string }) {
  const t = useTranslations("register");
  const [state, action, pending] = useActionState<FormState<RegisterValues>, FormData>(registerAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert message={state.message} />
      <input
        type="hidden"
        name="formShownAt"
        value={(state.values as { formShownAt?: string } | undefined)?.formShownAt ?? shownAt}
      />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("companySection")}</h2>
        <CompanyFields options={options} values={values} errors={errors} />
      </section>
      <section className="space-y-4 border-t border-slate-200 pt-5">
        <h2 className="text-lg font-semibold">{t("accountSection")}</h2>
        <TextField
          name="email"
          label={t("email")}
          hint={t("emailHint")}
          required
          type="email"
          inputMode="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email}
          maxLength={254}
        />
        <NewPasswordFields label={t("password")} hint={t("passwordHint")} errors={errors} />
      </section>
      <ConsentCheckbox
        kind="notice"
        checked={agreesToCurrentNotice(values.privacyConsent)}
        error={errors.privacyConsent}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
    </form>
  );
}
