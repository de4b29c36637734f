"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { DecisionForm } from "@/components/forms/decision-form";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import type { FormAction } from "@/lib/forms/form-state";

type Transition = "publish" | "cancel" | "complete";

/**
 * One change of an event's state. Cancelling asks first, in a dialog that names the event, for the
 * reason everyone signed up will read.
 */
export function StatusForm({
  action,
  eventId,
  transition,
  eventTitle = "",
}: {
  action: FormAction;
  eventId: string;
  transition: Transition;
  /** Named in the cancel dialog. */
  eventTitle?: string;
}) {
  const t = useTranslations("eventsAdmin.statusActions");
  const id = useId();
  if (transition !== "cancel") {
    return (
      <DecisionForm
        action={action}
        fields={{ eventId, transition }}
        label={t(transition)}
        hint={t(`hints.${transition}`)}
        tone="primary"
      />
    );
  }
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm text-slate-600">{t("hints.cancel")}</p>
      <ConfirmAction
        action={action}
        fields={{ eventId, transition }}
        label={t("cancel")}
        question={t("cancelQuestion", { title: eventTitle })}
        confirmLabel={t("cancelConfirm")}
        cancelLabel={t("keep")}
        pendingLabel={t("cancelling")}
        extra={(state) => {
          const error = state.fieldErrors?.reason;
          return (
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
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-reason-error`}
                className={`mt-1 block w-full rounded border px-2 py-1.5 text-sm ${error ? "border-red-500" : "border-slate-300"}`}
              />
              <p id={`${id}-reason-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
                {error ?? ""}
              </p>
            </div>
          );
        }}
      />
    </div>
  );
}
