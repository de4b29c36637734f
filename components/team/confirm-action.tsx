"use client";
import { useActionState, useState } from "react";
import type { FormAction, FormState } from "@/lib/forms/form-state";

/** @deprecated use FormState; kept until every action runs through formAction. */
export type ConfirmState = FormState;

/**
 * A destructive action in two steps: the first button asks, the second
 * (a real submit) does it. The answer is read out in a live region.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  question,
  confirmLabel,
  cancelLabel,
  pendingLabel,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pendingLabel: string;
}) {
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <div className="space-y-1">
      {asking ? (
        <form action={formAction} className="flex flex-wrap items-center gap-2">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="w-full text-sm text-slate-700">{question}</p>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {pending ? pendingLabel : confirmLabel}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() => setAsking(false)}
            className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60"
          >
            {cancelLabel}
          </button>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setAsking(true)}
          className="rounded border border-red-300 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
        >
          {label}
        </button>
      )}
      <p aria-live="polite" className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
        {state.message ?? ""}
      </p>
    </div>
  );
}
