"use client";
import { useActionState } from "react";
import { FieldMessage, FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";

/**
 * Asking to close one's account, in two steps: the box that confirms the
 * closure cannot be undone, then the button. The server refuses the request
 * without the box, and tells an owner who must hand the company over first.
 */
export function RequestClosureForm({
  action: request,
  texts,
}: {
  action: FormAction;
  texts: { confirm: string; submit: string; submitting: string };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(request, {});
  const error = state.fieldErrors?.confirm;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby="confirm-error"
            className="mt-1"
          />
          <span>{texts.confirm}</span>
        </label>
        <FieldMessage name="confirm" error={error} />
      </div>
      <SubmitButton pending={pending} label={texts.submit} pendingLabel={texts.submitting} variant="danger" />
    </form>
  );
}

/** Withdrawing one's own pending request. */
export function WithdrawClosureForm({ action: withdraw, label }: { action: FormAction; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(withdraw, {});
  return (
    <form action={action} className="space-y-3">
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <SubmitButton pending={pending} label={label} variant="secondary" />
    </form>
  );
}
