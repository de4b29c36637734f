"use client";
import { useActionState, type ComponentProps } from "react";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { CopyLink } from "@/components/team/copy-link";
import type { FormAction, FormState } from "@/lib/forms/form-state";

type Field = Omit<ComponentProps<typeof TextField>, "defaultValue" | "error">;

/**
 * One field and a submit button, for a secret the server shows exactly once
 * (an invitation link, an API token): on success the secret stands in a
 * status box with a copy button; it is never sent again.
 */
export function RevealOnceForm<D>({
  action,
  field,
  password,
  secretOf,
  texts,
}: {
  action: FormAction<Record<string, string>, D>;
  field: Field;
  /** A password typed again before the secret is made (re-authentication); never refilled. */
  password?: Omit<Field, "type">;
  secretOf: (data: D) => string;
  texts: {
    submit: string;
    submitting: string;
    /** Read after the success message, e.g. "it is shown only once". */
    notice?: string;
    secret: string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
}) {
  const [state, formAction, pending] = useActionState<FormState<Record<string, string>, D>, FormData>(action, {});
  const secret = state.ok && state.data ? secretOf(state.data) : "";
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate>
        {state.ok ? null : <FormAlert message={state.message} />}
        <TextField
          {...field}
          defaultValue={state.ok ? "" : state.values?.[field.name]}
          error={state.fieldErrors?.[field.name]}
        />
        {password ? <TextField {...password} type="password" error={state.fieldErrors?.[password.name]} /> : null}
        <SubmitButton pending={pending} label={texts.submit} pendingLabel={texts.submitting} />
      </form>
      {secret ? (
        <div className="space-y-3 rounded border border-emerald-200 bg-emerald-50 p-4">
          <p role="status" className="text-sm text-emerald-900">
            {texts.notice ? `${state.message} ${texts.notice}` : state.message}
          </p>
          <CopyLink
            value={secret}
            label={texts.secret}
            copyLabel={texts.copy}
            copiedText={texts.copied}
            failedText={texts.copyFailed}
          />
        </div>
      ) : null}
    </div>
  );
}
