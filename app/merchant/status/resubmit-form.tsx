"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CompanyFields, type CompanyValues } from "@/components/merchants/company-fields";
import { FormAlert } from "@/components/forms/fields";
import type { CompanyFormOptions } from "@/lib/server/merchants/form-options";
import { resubmitAction, type ResubmitState } from "./actions";

export function ResubmitForm({ options, current }: { options: CompanyFormOptions; current: CompanyValues }) {
  const t = useTranslations("merchant.statusPage");
  const [state, action, pending] = useActionState<ResubmitState, FormData>(resubmitAction, {});
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormAlert message={state.message} />
      <CompanyFields options={options} values={state.values ?? current} errors={state.fieldErrors ?? {}} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t("resubmit")}
      </button>
    </form>
  );
}
