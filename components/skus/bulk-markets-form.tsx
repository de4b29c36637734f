"use client";
import { startTransition, useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { CountryMultiSelect, type CountryChoice } from "./country-multi-select";

export const BULK_FORM_ID = "bulk-markets";

/** The row checkboxes: they carry data-bulk-row, and the bar shows while one of them is ticked. */
const ROWS = `input[data-bulk-row][form="${BULK_FORM_ID}"]`;

/**
 * Sets target markets on the SKUs ticked in the list, from a bar at the bottom of the screen that
 * appears once a row is ticked. The row checkboxes sit in the table and join this form through
 * their form attribute; the server action checks every id against the merchant.
 */
export function BulkMarketsForm({ action: apply, countries }: { action: FormAction; countries: CountryChoice[] }) {
  const t = useTranslations("skus.bulk");
  const [state, action, pending] = useActionState<FormState, FormData>(apply, {});
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const recount = () => setCount(document.querySelectorAll(`${ROWS}:checked`).length);
    recount();
    document.addEventListener("change", recount);
    return () => document.removeEventListener("change", recount);
  }, []);

  const clear = () => {
    document.querySelectorAll<HTMLInputElement>(ROWS).forEach((box) => (box.checked = false));
    document.querySelectorAll<HTMLInputElement>("input[data-bulk-all]").forEach((box) => (box.checked = false));
    setCount(0);
  };

  return (
    <section
      aria-label={t("title")}
      className="border-brand-200 sticky bottom-0 z-10 mt-4 hidden max-h-[80vh] overflow-y-auto rounded-t-lg border bg-white p-3 shadow-[0_-4px_12px_rgb(15_23_42/0.12)] group-has-[[data-bulk-row]:checked]/bulk:block"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className="text-sm font-medium text-slate-900" aria-live="polite">
          {count === null ? t("title") : t("selected", { count })}
        </p>
        {count === null ? null : (
          <button type="button" onClick={clear} className="text-sm text-brand-700 underline">
            {t("clear")}
          </button>
        )}
      </div>
      <details className="mt-2" open={state.message !== undefined && !state.ok ? true : undefined}>
        <summary className="inline-flex min-h-9 cursor-pointer items-center rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("change")}
        </summary>
        <form
          id={BULK_FORM_ID}
          action={action}
          // Sent without React's automatic form reset: the ticked rows belong to this form, and a
          // reset would untick them, hiding the bar together with its answer (and losing the
          // selection when the answer is an error). Without script, the action attribute posts.
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            startTransition(() => action(data));
          }}
          className="mt-3 space-y-4"
          noValidate
        >
          <p className="text-sm text-slate-600">{t("lead")}</p>
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
      </details>
      <div className="mt-2">
        <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      </div>
    </section>
  );
}

/** Ticks or clears every row of the page for the bulk bar. */
export function SelectAllRows({ label }: { label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      data-bulk-all=""
      onChange={(e) => {
        document.querySelectorAll<HTMLInputElement>(ROWS).forEach((b) => (b.checked = e.currentTarget.checked));
      }}
    />
  );
}
