"use client";
import { useTranslations } from "next-intl";
import { DecisionForm } from "@/components/forms/decision-form";
import type { FormAction } from "@/lib/forms/form-state";

type Transition = "publish" | "cancel" | "complete";

/** One change of an event's state; cancelling asks for the reason everyone signed up will read. */
export function StatusForm({
  action,
  eventId,
  transition,
}: {
  action: FormAction;
  eventId: string;
  transition: Transition;
}) {
  const t = useTranslations("eventsAdmin.statusActions");
  const cancel = transition === "cancel";
  return (
    <DecisionForm
      action={action}
      fields={{ eventId, transition }}
      label={t(transition)}
      hint={t(`hints.${transition}`)}
      reasonLabel={cancel ? t("cancelReason") : undefined}
      tone={cancel ? "danger" : "primary"}
    />
  );
}
