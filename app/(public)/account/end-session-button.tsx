"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { endSessionAction } from "./actions";

/** Signs out one session of the user's, on another device; the labels come translated from the page. */
export function EndSessionButton({
  sessionId,
  label,
  pendingLabel,
}: {
  sessionId: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(endSessionAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} />
    </form>
  );
}
