"use client";
import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FormAlert, TextField } from "@/components/forms/fields";
import { PasswordField } from "@/components/forms/password-field";
import type { FormState } from "@/lib/forms/form-state";
import type { InvitationProblem } from "@/lib/server/team/accept-invitation";
import { acceptInvitationAction } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { ConsentCheckbox } from "@/components/privacy/consent-checkbox";

export function AcceptForm({ token, existing }: { token: string; existing: boolean }) {
  const t = useTranslations("invite");
  const tr = useTranslations("membership.rejoin");
  const [state, action, pending] = useActionState<
    FormState<{ name: string; privacyConsent?: string }, { problem: InvitationProblem }>,
    FormData
  >(acceptInvitationAction, {});
  const errors = state.fieldErrors ?? {};
  const consent = (
    <ConsentCheckbox kind="notice" checked={state.values?.privacyConsent === "on"} error={errors.privacyConsent} />
  );
  if (state.data?.problem) {
    return (
      <div role="alert" className="rounded border border-amber-200 bg-amber-50 p-4 text-amber-950">
        <p className="font-semibold">{t(`problem.${state.data.problem}.title`)}</p>
        <p className="mt-1 text-sm">{state.message}</p>
      </div>
    );
  }
  if (existing) {
    // An account that exists proves itself with its own password; the invitation never sets one.
    return (
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="token" value={token} />
        <FormAlert message={state.message} />
        <PasswordField
          name="password"
          label={tr("password")}
          hint={tr("passwordHint")}
          required
          autoComplete="current-password"
          error={errors.password}
          maxLength={200}
        />
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            {tr("forgot")}
          </Link>
        </p>
        {consent}
        <SubmitButton pending={pending} label={tr("submit")} pendingLabel={tr("submitting")} className="w-full" />
      </form>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state.message} />
      <TextField
        name="name"
        label={t("name")}
        required
        defaultValue={state.values?.name}
        error={errors.name}
        maxLength={50}
        autoComplete="name"
      />
      <NewPasswordFields
        label={t("password")}
        hint={t("passwordHint")}
        confirmLabel={t("confirmPassword")}
        errors={errors}
      />
      {consent}
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
