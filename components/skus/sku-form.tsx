"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, FormAlert, SelectField, TextField, type Option } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { SkuFormValues } from "@/lib/forms/sku-form-values";
import { CountryMultiSelect, type CountryChoice } from "./country-multi-select";

export type SkuFormChoices = {
  countries: CountryChoice[];
  currencies: Option[];
  warehouses: { code: string; name: string; kind: "BONDED" | "GENERAL" }[];
  platforms: Option[];
  warehouseKinds: Record<"BONDED" | "GENERAL", string>;
};

/** Create or edit a SKU; every field keeps what was typed and shows its own error. */
export function SkuForm({
  action: save,
  initial,
  choices,
}: {
  action: FormAction<SkuFormValues>;
  initial: SkuFormValues;
  choices: SkuFormChoices;
}) {
  const t = useTranslations("skus.form");
  const [state, action, pending] = useActionState<FormState<SkuFormValues>, FormData>(save, {});
  const errors = state.fieldErrors ?? {};
  const v = state.values ?? initial;
  const countryOptions = choices.countries.map((c) => ({ value: c.code, label: c.name }));
  const currencyOptions =
    choices.currencies.some((c) => c.value === v.currency) || !v.currency
      ? choices.currencies
      : [{ value: v.currency, label: v.currency }, ...choices.currencies];
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="status" value={initial.status} />
      <section className="grid gap-4 sm:grid-cols-2">
        <h2 className="text-lg font-semibold sm:col-span-2">{t("basics")}</h2>
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          required
          maxLength={64}
          defaultValue={v.code}
          error={errors.code}
          autoComplete="off"
        />
        <TextField
          name="hsCode"
          label={t("hsCode")}
          hint={t("hsCodeHint")}
          required
          maxLength={16}
          inputMode="numeric"
          defaultValue={v.hsCode}
          error={errors.hsCode}
          autoComplete="off"
        />
        <TextField
          name="nameZh"
          label={t("nameZh")}
          hint={t("nameHint")}
          maxLength={200}
          defaultValue={v.nameZh}
          error={errors.nameZh}
        />
        <TextField
          name="nameEn"
          label={t("nameEn")}
          hint={t("nameEnHint")}
          maxLength={200}
          defaultValue={v.nameEn}
          error={errors.nameEn}
        />
        <SelectField
          name="originCountry"
          label={t("originCountry")}
          hint={t("originHint")}
          required
          options={countryOptions}
          placeholder={t("choose")}
          defaultValue={v.originCountry}
          error={errors.originCountry}
        />
        <TextField
          name="weightGrams"
          label={t("weightGrams")}
          hint={t("weightHint")}
          required
          inputMode="numeric"
          maxLength={12}
          defaultValue={v.weightGrams}
          error={errors.weightGrams}
        />
        <TextField
          name="lowStockThreshold"
          label={t("lowStockThreshold")}
          hint={t("lowStockThresholdHint")}
          inputMode="numeric"
          maxLength={7}
          defaultValue={v.lowStockThreshold}
          error={errors.lowStockThreshold}
        />
        <TextField
          name="unitPrice"
          label={t("unitPrice")}
          hint={t("unitPriceHint")}
          required
          maxLength={20}
          defaultValue={v.unitPrice}
          error={errors.unitPrice}
          autoComplete="off"
        />
        <SelectField
          name="currency"
          label={t("currency")}
          hint={t("currencyHint")}
          required
          options={currencyOptions}
          placeholder={t("choose")}
          defaultValue={v.currency}
          error={errors.currency}
        />
      </section>

      <section className="space-y-3 border-t border-slate-200 pt-5">
        <h2 className="text-lg font-semibold">{t("stockTitle")}</h2>
        <p className="text-sm text-slate-600">{t("stockLead")}</p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {choices.warehouses.map((w) => (
            <TextField
              key={w.code}
              name={`stock_${w.code}`}
              label={w.name}
              hint={`${w.code} · ${choices.warehouseKinds[w.kind]}`}
              inputMode="numeric"
              maxLength={12}
              defaultValue={v.stock[w.code] ?? "0"}
              error={errors[`stock_${w.code}`]}
            />
          ))}
        </div>
        {errors.stock ? <p className="text-sm text-red-700">{errors.stock}</p> : null}
      </section>

      <section className="space-y-5 border-t border-slate-200 pt-5">
        <h2 className="text-lg font-semibold">{t("salesTitle")}</h2>
        <CountryMultiSelect
          name="markets"
          label={t("markets")}
          hint={t("marketsHint")}
          options={choices.countries}
          selected={v.markets}
          error={errors.markets}
        />
        {choices.platforms.length ? (
          <CheckboxGroup
            name="platforms"
            label={t("platforms")}
            hint={t("platformsHint")}
            options={choices.platforms}
            selected={v.platforms}
            error={errors.platforms}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("noPlatforms")}</p>
        )}
      </section>

      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
      >
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
