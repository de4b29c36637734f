"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { CountryMultiSelect, type CountryChoice } from "./country-multi-select";

export const BULK_FORM_ID = "bulk-markets";

/**
 * Sets target markets on the SKUs ticked in the list. The row checkboxes sit
 * in the table and join this form through their form attribute.
 */
export function BulkMarketsForm({ action: apply, countries }: { action: FormAction; countries: CountryChoice[] }) {
  const t = useTranslations("skus.bulk");
  const [state, action, pending] = useActionState<FormState, FormData>(apply, {});
  return (
    <form id={BULK_FORM_ID} action={action} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("mode")}</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(["add", "remove", "replace"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2">
              <input type="radio" name="mode" value={mode} defaultChecked={mode === "add"} />
              {t(`modes.${mode}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <CountryMultiSelect
        key={state.ok ? state.message : "bulk"}
        name="markets"
        label={t("markets")}
        options={countries}
        selected={[]}
        error={state.fieldErrors?.markets}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("applying") : t("apply")}
      </button>
    </form>
  );
}

/** Ticks or clears every row of the page for the bulk form. */
export function SelectAllRows({ label }: { label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      onChange={(e) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${BULK_FORM_ID}"]`);
        boxes.forEach((b) => (b.checked = e.currentTarget.checked));
      }}
    />
  );
}
