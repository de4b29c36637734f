"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";

type Decision = "approve" | "reject" | "request_revisions" | "suspend" | "reinstate";

const REASON_LABEL: Partial<Record<Decision, "reasonLabel" | "messageLabel" | "suspendLabel">> = {
  reject: "reasonLabel",
  request_revisions: "messageLabel",
  suspend: "suspendLabel",
};

/** One decision: a button, and the reason the merchant will read when one is needed. */
export function DecisionForm({
  action: decide,
  merchantId,
  decision,
  tone = "neutral",
}: {
  action: FormAction;
  merchantId: string;
  decision: Decision;
  tone?: "primary" | "danger" | "neutral";
}) {
  const t = useTranslations("review.actions");
  const [state, action, pending] = useActionState<FormState, FormData>(decide, {});
  const reasonError = state.fieldErrors?.reason;
  const id = useId();
  const reasonLabel = REASON_LABEL[decision];
  const button =
    tone === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : tone === "danger"
        ? "bg-red-700 text-white hover:bg-red-800"
        : "border border-slate-300 bg-white hover:bg-slate-50";
  return (
    <form action={action} className="space-y-2 rounded-md border border-slate-200 p-3">
      <input type="hidden" name="merchantId" value={merchantId} />
      <input type="hidden" name="decision" value={decision} />
      {reasonLabel ? (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            {t(reasonLabel)}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={1000}
            aria-required="true"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${id}-reason-error`}
            className={`mt-1 block w-full rounded border px-2 py-1.5 text-sm ${reasonError ? "border-red-500" : "border-slate-300"}`}
          />
          <p id={`${id}-reason-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
            {reasonError ?? ""}
          </p>
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60 ${button}`}
      >
        {t(decision)}
      </button>
      <FormAlert message={state.message} />
    </form>
  );
}
