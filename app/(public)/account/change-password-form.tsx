"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, TextField } from "@/components/forms/fields";
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
      <TextField
        name="currentPassword"
        label={t("current")}
        required
        type="password"
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
