"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { TextValues } from "@/lib/forms/text-values";

/** A new demonstration zone: planned, or designated in a year. */
export function AddZoneForm({ action: create }: { action: FormAction<TextValues> }) {
  const t = useTranslations("zonesAdmin.addZone");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(create, {});
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          required
          maxLength={32}
          defaultValue={v.code}
          error={e.code}
        />
        <SelectField
          name="status"
          label={t("status")}
          required
          placeholder={t("status")}
          options={[
            { value: "PLANNED", label: t("planned") },
            { value: "DESIGNATED", label: t("designated") },
          ]}
          defaultValue={v.status ?? "PLANNED"}
          error={e.status}
        />
        <TextField
          name="nameZh"
          label={t("nameZh")}
          required
          maxLength={100}
          defaultValue={v.nameZh}
          error={e.nameZh}
        />
        <TextField
          name="nameEn"
          label={t("nameEn")}
          required
          maxLength={200}
          defaultValue={v.nameEn}
          error={e.nameEn}
        />
        <TextField
          name="year"
          label={t("year")}
          hint={t("yearHint")}
          inputMode="numeric"
          maxLength={4}
          defaultValue={v.year}
          error={e.year}
        />
      </div>
      <TextField
        name="descriptionZh"
        label={t("descriptionZh")}
        maxLength={1000}
        defaultValue={v.descriptionZh}
        error={e.descriptionZh}
      />
      <TextField
        name="descriptionEn"
        label={t("descriptionEn")}
        maxLength={2000}
        defaultValue={v.descriptionEn}
        error={e.descriptionEn}
      />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}

/** A new park in one of the demonstration zones. */
export function AddParkForm({
  action: create,
  zoneOptions,
}: {
  action: FormAction<TextValues>;
  zoneOptions: Option[];
}) {
  const t = useTranslations("zonesAdmin.addPark");
  const [state, action, pending] = useActionState<FormState<TextValues>, FormData>(create, {});
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormAlert message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          required
          maxLength={32}
          defaultValue={v.code}
          error={e.code}
        />
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
          name="nameZh"
          label={t("nameZh")}
          required
          maxLength={100}
          defaultValue={v.nameZh}
          error={e.nameZh}
        />
        <TextField
          name="nameEn"
          label={t("nameEn")}
          required
          maxLength={200}
          defaultValue={v.nameEn}
          error={e.nameEn}
        />
        <TextField
          name="districtZh"
          label={t("districtZh")}
          maxLength={50}
          defaultValue={v.districtZh}
          error={e.districtZh}
        />
        <TextField
          name="districtEn"
          label={t("districtEn")}
          maxLength={100}
          defaultValue={v.districtEn}
          error={e.districtEn}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="marketProcurementPilot" defaultChecked={v.marketProcurementPilot === "on"} />
        {t("pilot")}
      </label>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}

/** Moves one park to another zone; one small form per park. */
export function MoveParkForm({
  action: move,
  parkId,
  parkName,
  zoneId,
  zoneOptions,
}: {
  action: FormAction;
  parkId: string;
  parkName: string;
  zoneId: string;
  zoneOptions: Option[];
}) {
  const t = useTranslations("zonesAdmin.movePark");
  const [state, action, pending] = useActionState<FormState, FormData>(move, {});
  const id = useId();
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={t("label", { park: parkName })}>
      <input type="hidden" name="parkId" value={parkId} />
      <div>
        <label htmlFor={`${id}-zone`} className="block text-xs text-slate-600">
          {t("zone")}
        </label>
        <select
          id={`${id}-zone`}
          name="zoneId"
          defaultValue={zoneId}
          aria-describedby={`${id}-msg`}
          className="mt-1 max-w-56 rounded border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {zoneOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60"
      >
        {t("submit")}
      </button>
      <p
        id={`${id}-msg`}
        aria-live="polite"
        className={`w-full text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}
      >
        {state.message ?? ""}
      </p>
    </form>
  );
}
