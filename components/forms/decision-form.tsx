"use client";
import { useActionState, useId } from "react";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  neutral: "border border-slate-300 bg-white hover:bg-slate-50",
} as const;

/**
 * One decision on a record (approve a merchant, cancel an event): a button,
 * the hidden fields that name the record and the decision, and, when the
 * decision needs one, the reason the people concerned will read.
 */
export function DecisionForm({
  action: decide,
  fields,
  label,
  hint,
  reasonLabel,
  tone = "neutral",
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  hint?: string;
  /** Shown above the reason box; without it the decision takes no reason. */
  reasonLabel?: string;
  tone?: keyof typeof TONES;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(decide, {});
  const reasonError = state.fieldErrors?.reason;
  const id = useId();
  return (
    <form action={action} className="space-y-2 rounded-md border border-slate-200 p-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {reasonLabel ? <ReasonField id={id} label={reasonLabel} error={reasonError} /> : null}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60 ${TONES[tone]}`}
      >
        {label}
      </button>
      <FormAlert message={state.message} />
    </form>
  );
}

/** The required reason a decision gives (a rejection, a cancellation), with its error below it; `id` prefixes the ids. */
export function ReasonField({ id, label, error }: { id: string; label: string; error?: string }) {
  return (
    <div>
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        rows={3}
        maxLength={1000}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-reason-error`}
        className={`mt-1 block w-full rounded border px-2 py-1.5 text-sm ${error ? "border-red-500" : "border-slate-300"}`}
      />
      <p id={`${id}-reason-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error ?? ""}
      </p>
    </div>
  );
}
