"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, TextField } from "@/components/forms/fields";
import { CopyLink } from "@/components/team/copy-link";
import type { FormState } from "@/lib/forms/form-state";
import { createTokenAction } from "./actions";

/** Names a new token; the token itself is shown once, here, and never again. */
export function CreateTokenForm() {
  const t = useTranslations("apiTokens.create");
  const [state, action, pending] = useActionState<FormState<{ name: string }, { token: string }>, FormData>(
    createTokenAction,
    {},
  );
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate>
        {state.ok ? null : <FormAlert message={state.message} />}
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          required
          maxLength={60}
          autoComplete="off"
          defaultValue={state.ok ? "" : state.values?.name}
          error={state.fieldErrors?.name}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {state.ok && state.data?.token ? (
        <div className="space-y-3 rounded border border-emerald-200 bg-emerald-50 p-4">
          <p role="status" className="text-sm text-emerald-900">
            {state.message} {t("onceWarning")}
          </p>
          <CopyLink
            value={state.data.token}
            label={t("token")}
            copyLabel={t("copy")}
            copiedText={t("copied")}
            failedText={t("copyFailed")}
          />
        </div>
      ) : null}
    </div>
  );
}
