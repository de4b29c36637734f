"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState, FormValues } from "@/lib/forms/form-state";
import type { ImportReport } from "@/lib/forms/import-report";
import type { TextValues } from "@/lib/forms/text-values";

/** Enters or corrects a zone's official figure for a month. */
export function StatForm({
  action: save,
  zoneOptions,
  defaultMonth,
}: {
  action: FormAction<TextValues>;
  zoneOptions: Option[];
  defaultMonth: string;
}) {
  const t = useTranslations("dataAdmin.statistics");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(save, {});
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="zoneId"
          label={t("zone")}
          required
          placeholder={t("zone")}
          options={zoneOptions}
          defaultValue={v.zoneId}
          error={e.zoneId}
        />
        <TextField
          name="month"
          label={t("monthField")}
          required
          maxLength={7}
          defaultValue={v.month ?? defaultMonth}
          error={e.month}
        />
        <TextField
          name="value"
          label={t("value")}
          hint={t("valueHint")}
          required
          maxLength={20}
          defaultValue={v.value}
          error={e.value}
        />
        <TextField
          name="source"
          label={t("source")}
          hint={t("sourceHint")}
          maxLength={200}
          defaultValue={v.source}
          error={e.source}
        />
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}

/** Removes a figure, after asking: the zone's declarations count again for that month. */
export function RemoveStatForm({
  action: remove,
  zoneOptions,
  defaultMonth,
}: {
  action: FormAction<TextValues>;
  zoneOptions: Option[];
  defaultMonth: string;
}) {
  const t = useTranslations("dataAdmin.statistics");
  const [asking, setAsking] = useState(false);
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(async (prev, formData) => {
    const next = await remove(prev, formData);
    setAsking(false);
    return next;
  }, {});
  const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form action={action} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="remove-zone" className="block text-sm font-medium">
            {t("zone")}
          </label>
          <select id="remove-zone" name="zoneId" defaultValue={state.values?.zoneId ?? ""} className={field}>
            {zoneOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="remove-month" className="block text-sm font-medium">
            {t("monthField")}
          </label>
          <input
            id="remove-month"
            name="month"
            maxLength={7}
            defaultValue={state.values?.month ?? defaultMonth}
            className={field}
          />
        </div>
      </div>
      {asking ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="w-full text-sm text-slate-700">{t("removeQuestion")}</p>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {pending ? t("removePending") : t("removeConfirm")}
          </button>
          <button
            type="button"
            onClick={() => setAsking(false)}
            className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50"
          >
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setAsking(true)}
          className="rounded border border-red-300 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
        >
          {t("remove")}
        </button>
      )}
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
    </form>
  );
}

/** A CSV file or Excel workbook of official figures; all rows or none. */
export function ImportStatsForm({
  action: upload,
  hint,
}: {
  action: FormAction<FormValues, ImportReport>;
  /** What the file may be (CSV or .xlsx), translated by the page. */
  hint?: string;
}) {
  const t = useTranslations("dataAdmin.statistics");
  const [state, action, pending] = useActionState<FormState<FormValues, ImportReport>, FormData>(upload, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">{t("importLead")}</p>
      <label htmlFor="stats-file" className="block text-sm font-medium">
        {t("file")}
      </label>
      {hint ? (
        <p id="stats-file-hint" className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <input
        id="stats-file"
        name="file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={hint ? "stats-file-hint" : undefined}
        className="block w-full text-sm"
      />
      <SubmitButton pending={pending} label={t("importSubmit")} pendingLabel={t("importing")} variant="secondary" />
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {state.data?.errors.length ? (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-red-800">
          {state.data.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
