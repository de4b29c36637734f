"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CompanyFields, type CompanyValues } from "@/components/merchants/company-fields";
import { FormAlert } from "@/components/forms/fields";
import type { CompanyFormOptions } from "@/lib/server/merchants/form-options";
import type { FormState } from "@/lib/forms/form-state";
import { resubmitAction } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";

export function ResubmitForm({ options, current }: { options: CompanyFormOptions; current: CompanyValues }) {
  const t = useTranslations("merchant.statusPage");
  const [state, action, pending] = useActionState<FormState<CompanyValues>, FormData>(resubmitAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert message={state.message} />
      <CompanyFields options={options} values={state.values ?? current} errors={state.fieldErrors ?? {}} />
      <SubmitButton pending={pending} label={t("resubmit")} />
    </form>
  );
}
