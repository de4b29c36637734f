"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, TextField } from "@/components/forms/fields";
import { CopyLink } from "@/components/team/copy-link";
import type { FormState } from "@/lib/forms/form-state";
import { inviteMemberAction } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";

export function InviteForm() {
  const t = useTranslations("team.invite");
  const [state, action, pending] = useActionState<FormState<{ email: string }, { link: string }>, FormData>(
    inviteMemberAction,
    {},
  );
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate>
        {state.ok ? null : <FormAlert message={state.message} />}
        <TextField
          name="email"
          label={t("email")}
          required
          type="email"
          inputMode="email"
          autoComplete="off"
          maxLength={254}
          defaultValue={state.ok ? "" : state.values?.email}
          error={state.fieldErrors?.email}
        />
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
      </form>
      {state.ok && state.data?.link ? (
        <div className="space-y-3 rounded border border-emerald-200 bg-emerald-50 p-4">
          <p role="status" className="text-sm text-emerald-900">
            {state.message}
          </p>
          <CopyLink
            value={state.data.link}
            label={t("link")}
            copyLabel={t("copy")}
            copiedText={t("copied")}
            failedText={t("copyFailed")}
          />
        </div>
      ) : null}
    </div>
  );
}
