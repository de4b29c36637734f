"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { requestResetAction } from "./actions";

/** `shownAt`: the page's signed time of showing the form (lib/server/forms/human-time.ts). */
export function ForgotPasswordForm({ shownAt }: { shownAt: string }) {
  const t = useTranslations("forgotPassword");
  const [state, action, pending] = useActionState<FormState, FormData>(requestResetAction, {});
  if (state.ok) return <FormAlert message={state.message} tone="success" />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="formShownAt" value={String(state.values?.formShownAt ?? shownAt)} />
      <TextField
        name="email"
        label={t("email")}
        required
        type="email"
        autoComplete="username"
        inputMode="email"
        defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
        error={state.fieldErrors?.email}
        maxLength={254}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
