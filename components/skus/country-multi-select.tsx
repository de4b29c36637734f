"use client";
import { useTranslations } from "next-intl";
import { MultiSelect } from "@/components/forms/multi-select";

export type CountryChoice = { code: string; name: string };

/** Target markets: the searchable multi-select (components/forms/multi-select.tsx) over countries and regions. */
export function CountryMultiSelect({
  name,
  label,
  options,
  selected,
  error,
  hint,
  form,
}: {
  name: string;
  label: string;
  options: CountryChoice[];
  selected: readonly string[];
  error?: string;
  hint?: string;
  /** The id of the form the choices belong to, when they sit outside it. */
  form?: string;
}) {
  const t = useTranslations("skus.countryPicker");
  return (
    <MultiSelect
      name={name}
      label={label}
      hint={hint}
      error={error}
      form={form}
      options={options.map((o) => ({ value: o.code, label: o.name, aside: o.code }))}
      selected={selected}
      texts={{
        search: t("search"),
        placeholder: t("placeholder"),
        selected: t("selected"),
        selectedCount: (count) => t("selectedCount", { count }),
        remove: (name) => t("remove", { name }),
        noMatches: t("noMatches"),
      }}
    />
  );
}
