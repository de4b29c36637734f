"use client";
import { useTranslations } from "next-intl";
import { MultiSelect } from "@/components/forms/multi-select";
import type { Option } from "@/components/forms/fields";

/** The company's HS chapters: a searchable multi-select sent as `hsChapters` fields. */
export function HsChapterPicker({
  label,
  hint,
  options,
  selected,
  error,
}: {
  label: string;
  hint?: string;
  options: Option[];
  selected: readonly string[];
  error?: string;
}) {
  const t = useTranslations("hsChapterPicker");
  return (
    <MultiSelect
      name="hsChapters"
      label={label}
      hint={hint}
      options={options}
      selected={selected}
      error={error}
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
