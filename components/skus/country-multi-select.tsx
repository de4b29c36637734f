"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { FieldMessage } from "@/components/forms/fields";

export type CountryChoice = { code: string; name: string };

/**
 * A searchable multi-select of countries: a filter box over checkboxes that
 * all share one name, with the chosen ones listed above as removable chips.
 * Checkboxes hidden by the filter stay in the form, so a choice is never lost.
 */
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
  /** The id of the form the checkboxes belong to, when they sit outside it. */
  form?: string;
}) {
  const t = useTranslations("skus.countryPicker");
  const id = useId();
  const [chosen, setChosen] = useState<string[]>([...selected]);
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const byCode = new Map(options.map((o) => [o.code, o]));
  const matches = (o: CountryChoice) => !q || o.name.toLowerCase().includes(q) || o.code.toLowerCase().startsWith(q);
  const visible = options.filter(matches);
  const toggle = (code: string) => setChosen((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));

  return (
    <fieldset
      aria-describedby={[hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className={`mt-2 rounded border p-3 ${error ? "border-red-500" : "border-slate-200"}`}>
        <p className="text-xs text-slate-600" aria-live="polite">
          {t("selectedCount", { count: chosen.length })}
        </p>
        {chosen.length ? (
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("selected")}>
            {chosen.map((code) => (
              <li
                key={code}
                className="inline-flex items-center gap-1 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800 ring-1 ring-brand-100 ring-inset"
              >
                {byCode.get(code)?.name ?? code}
                <button
                  type="button"
                  onClick={() => toggle(code)}
                  aria-label={t("remove", { name: byCode.get(code)?.name ?? code })}
                  className="rounded px-1 text-brand-700 hover:bg-brand-100"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <label htmlFor={`${id}-search`} className="mt-3 block text-sm text-slate-700">
          {t("search")}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("placeholder")}
          autoComplete="off"
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-1.5 text-sm"
        />
        <div className="mt-2 grid max-h-56 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
          {options.map((o) => (
            <label key={o.code} className="flex items-center gap-2 text-sm" hidden={!matches(o)}>
              <input
                type="checkbox"
                name={name}
                value={o.code}
                form={form}
                checked={chosen.includes(o.code)}
                onChange={() => toggle(o.code)}
              />
              <span>{o.name}</span>
              <span aria-hidden="true" className="font-mono text-xs text-slate-500">
                {o.code}
              </span>
            </label>
          ))}
          {visible.length === 0 ? <p className="text-sm text-slate-500">{t("noMatches")}</p> : null}
        </div>
      </div>
      <FieldMessage name={name} error={error} />
    </fieldset>
  );
}
