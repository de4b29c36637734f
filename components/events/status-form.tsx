"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { DecisionForm, ReasonField } from "@/components/forms/decision-form";
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
        extra={(state) => <ReasonField id={id} label={t("cancelReason")} error={state.fieldErrors?.reason} />}
      />
    </div>
  );
}
