"use client";
import { useTranslations } from "next-intl";
import { DecisionForm as RecordDecisionForm } from "@/components/forms/decision-form";
import type { FormAction } from "@/lib/forms/form-state";

type Decision = "approve" | "reject" | "request_revisions" | "suspend" | "reinstate";

const REASON_LABEL: Partial<Record<Decision, "reasonLabel" | "messageLabel" | "suspendLabel">> = {
  reject: "reasonLabel",
  request_revisions: "messageLabel",
  suspend: "suspendLabel",
};

/** One review decision: a button, and the reason the merchant will read when one is needed. */
export function DecisionForm({
  action,
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
  const reasonLabel = REASON_LABEL[decision];
  return (
    <RecordDecisionForm
      action={action}
      fields={{ merchantId, decision }}
      label={t(decision)}
      reasonLabel={reasonLabel ? t(reasonLabel) : undefined}
      tone={tone}
    />
  );
}
