"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FieldMessage, FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import { DateField } from "@/components/forms/date-field";
import type { EventFormValues } from "@/lib/forms/event-form-values";
import type { FormAction, FormState } from "@/lib/forms/form-state";

function TextArea({
  name,
  label,
  error,
  defaultValue,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={5}
        maxLength={5000}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${name}-error`}
        className={`mt-1 block w-full rounded border px-3 py-2 shadow-sm ${error ? "border-red-500" : "border-slate-300"}`}
      />
      <FieldMessage name={name} error={error} />
    </div>
  );
}

/** Creates or edits an event; what was typed is kept when something needs fixing. */
export function EventForm({
  action,
  initial,
  belts,
  partners,
  submitLabel,
}: {
  action: FormAction<EventFormValues>;
  initial: EventFormValues;
  belts: Option[];
  partners: Option[];
  submitLabel: string;
}) {
  const t = useTranslations("eventsAdmin.form");
  const [state, formAction, pending] = useActionState<FormState<EventFormValues>, FormData>(action, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? initial;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm";
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormAlert message={state.message} />
      <section className={section}>
        <h2 className="text-base font-semibold">{t("sections.content")}</h2>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            name="titleZh"
            label={t("titleZh")}
            required
            maxLength={120}
            defaultValue={text("titleZh")}
            error={errors.titleZh}
          />
          <TextField
            name="titleEn"
            label={t("titleEn")}
            required
            maxLength={200}
            defaultValue={text("titleEn")}
            error={errors.titleEn}
          />
          <TextArea
            name="descriptionZh"
            label={t("descriptionZh")}
            defaultValue={text("descriptionZh")}
            error={errors.descriptionZh}
          />
          <TextArea
            name="descriptionEn"
            label={t("descriptionEn")}
            defaultValue={text("descriptionEn")}
            error={errors.descriptionEn}
          />
        </div>
        <SelectField
          name="belt"
          label={t("belt")}
          required
          placeholder={t("beltPlaceholder")}
          options={belts}
          defaultValue={text("belt")}
          error={errors.belt}
        />
      </section>
      <section className={section}>
        <h2 className="text-base font-semibold">{t("sections.time")}</h2>
        <p className="text-sm text-slate-600">{t("timeHint")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <DateField
            name="startsAt"
            type="datetime-local"
            label={t("startsAt")}
            required
            defaultValue={text("startsAt")}
            error={errors.startsAt}
          />
          <DateField
            name="endsAt"
            type="datetime-local"
            label={t("endsAt")}
            required
            defaultValue={text("endsAt")}
            error={errors.endsAt}
          />
          <DateField
            name="signupDeadline"
            type="datetime-local"
            label={t("signupDeadline")}
            required
            defaultValue={text("signupDeadline")}
            error={errors.signupDeadline}
          />
        </div>
        <TextField
          name="capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          required
          inputMode="numeric"
          maxLength={5}
          defaultValue={text("capacity")}
          error={errors.capacity}
          className="max-w-xs"
        />
      </section>
      <section className={section}>
        <h2 className="text-base font-semibold">{t("sections.place")}</h2>
        <p className="text-sm text-slate-600">{t("venueHint")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            name="venueZh"
            label={t("venueZh")}
            maxLength={200}
            defaultValue={text("venueZh")}
            error={errors.venueZh}
          />
          <TextField
            name="venueEn"
            label={t("venueEn")}
            maxLength={300}
            defaultValue={text("venueEn")}
            error={errors.venueEn}
          />
        </div>
        <TextField
          name="onlineUrl"
          type="url"
          label={t("onlineUrl")}
          maxLength={500}
          defaultValue={text("onlineUrl")}
          error={errors.onlineUrl}
        />
        {partners.length ? (
          <CheckboxGroup
            name="partnerIds"
            label={t("partners")}
            hint={t("partnersHint")}
            options={partners}
            selected={Array.isArray(values.partnerIds) ? values.partnerIds : []}
            columns="sm:grid-cols-2"
            scroll
            error={errors.partnerIds}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("noPartners")}</p>
        )}
      </section>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : submitLabel}
      </button>
    </form>
  );
}
