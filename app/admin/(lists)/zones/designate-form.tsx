"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import type { FormAction, FormState } from "@/lib/forms/form-state";

export function DesignateForm({
  action: designate,
  zoneId,
  defaultYear,
}: {
  action: FormAction;
  zoneId: string;
  defaultYear: number;
}) {
  const t = useTranslations("admin.zones");
  const [state, action, pending] = useActionState<FormState, FormData>(designate, {});
  const id = useId();
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="zoneId" value={zoneId} />
      <div>
        <label htmlFor={`${id}-year`} className="block text-xs text-slate-600">
          {t("designateYear")}
        </label>
        <input
          id={`${id}-year`}
          name="year"
          inputMode="numeric"
          defaultValue={defaultYear}
          aria-invalid={state.fieldErrors?.year ? true : undefined}
          aria-describedby={`${id}-msg`}
          className="mt-1 w-24 rounded border border-slate-300 px-2 py-1 text-sm"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("designate")}
      </button>
      <p
        id={`${id}-msg`}
        aria-live="polite"
        className={`w-full text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}
      >
        {state.fieldErrors?.year ?? state.message ?? ""}
      </p>
    </form>
  );
}
