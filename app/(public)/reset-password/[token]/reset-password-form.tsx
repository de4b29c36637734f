"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import type { FormState } from "@/lib/forms/form-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const [state, action, pending] = useActionState<FormState<Record<string, never>, { dead: boolean }>, FormData>(
    resetPasswordAction,
    {},
  );
  if (state.ok || state.data?.dead) {
    return (
      <div className="space-y-4">
        <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
        <p>
          <Link href={state.ok ? "/login" : "/forgot-password"} className="font-medium text-brand-700 underline">
            {t(state.ok ? "signIn" : "askAgain")}
          </Link>
        </p>
      </div>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state.message} />
      <NewPasswordFields label={t("password")} hint={t("passwordHint")} confirmLabel={t("confirm")} errors={errors} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
