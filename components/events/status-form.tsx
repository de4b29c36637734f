"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";

type Transition = "publish" | "cancel" | "complete";

/** One change of an event's state; cancelling asks for the reason everyone signed up will read. */
export function StatusForm({
  action: change,
  eventId,
  transition,
}: {
  action: FormAction;
  eventId: string;
  transition: Transition;
}) {
  const t = useTranslations("eventsAdmin.statusActions");
  const [state, action, pending] = useActionState<FormState, FormData>(change, {});
  const reasonError = state.fieldErrors?.reason;
  const id = useId();
  const danger = transition === "cancel";
  return (
    <form action={action} className="space-y-2 rounded-md border border-slate-200 p-3">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="transition" value={transition} />
      <p className="text-sm text-slate-600">{t(`hints.${transition}`)}</p>
      {danger ? (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            {t("cancelReason")}
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
        className={`rounded px-4 py-1.5 text-sm font-medium disabled:opacity-60 ${danger ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-700 text-white hover:bg-brand-800"}`}
      >
        {t(transition)}
      </button>
      <FormAlert message={state.message} />
    </form>
  );
}
