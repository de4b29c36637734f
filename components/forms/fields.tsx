import type { ReactNode } from "react";
import type { Option } from "@/lib/forms/option";
import { FocusAfterRefusal } from "./focus-after-refusal";
// Form fields that carry their own label, hint and error: each input points
// at its error text with aria-describedby, inside an aria-live region.

type Common = { name: string; label: string; error?: string; hint?: string; required?: boolean };

function describedBy(name: string, hint?: string) {
  return [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" ");
}

export function FieldMessage({ name, error }: { name: string; error?: string }) {
  return (
    <p id={`${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
      {error ?? ""}
    </p>
  );
}

export function TextField({
  name,
  label,
  error,
  hint,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
  className = "",
  readOnly,
  addon,
  below,
}: Common & {
  defaultValue?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
  maxLength?: number;
  className?: string;
  readOnly?: boolean;
  /** Shown beside the input, e.g. a show-password button. */
  addon?: ReactNode;
  /** Shown under the input, before the error: DateField's echo of the day typed. */
  below?: ReactNode;
}) {
  const input = (
    <input
      id={name}
      name={name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      inputMode={inputMode}
      maxLength={maxLength}
      readOnly={readOnly}
      aria-required={required || undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, hint)}
      className={`${addon ? "min-w-0 flex-1" : "mt-1 block w-full"} rounded border px-3 py-2 shadow-sm ${error ? "border-red-500" : "border-slate-300"} ${readOnly ? "bg-slate-100 text-slate-700" : ""}`}
    />
  );
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {addon ? (
        <div className="mt-1 flex gap-2">
          {input}
          {addon}
        </div>
      ) : (
        input
      )}
      {below}
      <FieldMessage name={name} error={error} />
    </div>
  );
}

export type { Option };

export function SelectField({
  name,
  label,
  error,
  hint,
  required,
  defaultValue,
  options,
  placeholder,
}: Common & { defaultValue?: string; options: Option[]; placeholder: string }) {
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        ) : null}
      </label>
      <select
        // Remounted when the default changes: React's form reset after an
        // action otherwise falls back to the first option (facebook/react#30580).
        key={defaultValue ?? ""}
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint)}
        className={`mt-1 block w-full rounded border bg-white px-3 py-2 shadow-sm ${error ? "border-red-500" : "border-slate-300"}`}
      >
        <option value="">{placeholder}</option>
        {groups.map((g) =>
          g ? (
            <optgroup key={g} label={g}>
              {options
                .filter((o) => o.group === g)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </optgroup>
          ) : (
            options
              .filter((o) => !o.group)
              .map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))
          ),
        )}
      </select>
      <FieldMessage name={name} error={error} />
    </div>
  );
}

/** A group of checkboxes sharing one name, as a fieldset with a legend. */
export function CheckboxGroup({
  name,
  label,
  error,
  hint,
  required,
  options,
  selected,
  columns = "sm:grid-cols-3",
  scroll = false,
}: Common & { options: Option[]; selected: readonly string[]; columns?: string; scroll?: boolean }) {
  return (
    <fieldset aria-describedby={describedBy(name, hint)} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div
        className={`mt-2 grid grid-cols-1 gap-x-4 gap-y-1 rounded border p-3 ${columns} ${scroll ? "max-h-56 overflow-y-auto" : ""} ${error ? "border-red-500" : "border-slate-200"}`}
      >
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="mt-1"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage name={name} error={error} />
    </fieldset>
  );
}

export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite">
      <FocusAfterRefusal message={tone === "error" ? message : undefined} />
      {message ? (
        <p
          role={tone === "error" ? "alert" : "status"}
          tabIndex={tone === "error" ? -1 : undefined}
          className={`rounded border px-3 py-2 text-sm ${tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-800"}`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
