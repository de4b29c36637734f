"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import type { FormState } from "@/lib/forms/form-state";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    // A new key after each answer empties the password fields.
    <form key={state.message} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <PasswordField
        name="currentPassword"
        label={t("current")}
        required
        autoComplete="current-password"
        error={errors.currentPassword}
        maxLength={128}
      />
      <NewPasswordFields
        name="newPassword"
        label={t("new")}
        hint={t("newHint")}
        confirmLabel={t("confirm")}
        errors={errors}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
