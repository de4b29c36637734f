import Link from "next/link";
import type { Option } from "@/components/forms/fields";
import { DateEcho } from "./date-echo";

// The filters above a list: a GET form, so every view has its own URL.
// Unlike the fields in fields.tsx these carry no hint or error text, and they
// are denser (small text, tight padding) to sit in a row over the results.

const GRID_COLUMNS = { 4: "lg:grid-cols-4", 5: "lg:grid-cols-5", 6: "lg:grid-cols-6" } as const;

const control = (compact?: boolean) =>
  `mt-1 block ${compact ? "" : "w-full "}rounded border border-slate-300 bg-white px-2 py-1.5 text-sm`;

/**
 * A `<form method="get">` for a list's filters. With `columns` the fields fill
 * a grid (two columns on small screens, this many on large ones); without, they
 * sit in one wrapping row, lined up at the bottom.
 */
export function FilterForm({
  label,
  action,
  columns,
  boxed = true,
  className = "mb-6",
  children,
}: {
  /** The form's accessible name (aria-label); a named form is a landmark. */
  label?: string;
  /** Where to submit; the current page without it. */
  action?: string;
  columns?: keyof typeof GRID_COLUMNS;
  /** A border and white background of its own; false for a row that sits on the page. */
  boxed?: boolean;
  /** Margins and the like, e.g. "no-print mb-6". */
  className?: string;
  children: React.ReactNode;
}) {
  const classes = [
    className,
    columns ? "" : "flex flex-wrap items-end gap-3",
    boxed ? "rounded-lg border border-slate-200 bg-white p-4" : "",
  ];
  return (
    <form method="get" action={action} className={join(classes)} aria-label={label}>
      {columns ? <div className={`grid gap-3 sm:grid-cols-2 ${GRID_COLUMNS[columns]}`}>{children}</div> : children}
    </form>
  );
}

type FieldProps = {
  id: string;
  name: string;
  label: string;
  /** The wrapper's classes, e.g. "sm:col-span-2" for a wide search field. */
  className?: string;
};

/** A labelled select; `all` adds a first option with an empty value (no filter). */
export function FilterSelect({
  id,
  name,
  label,
  options,
  defaultValue,
  all,
  compact,
  className,
}: FieldProps & {
  /** Shown flat, in order; any `group` is ignored. */
  options: ReadonlyArray<Pick<Option, "value" | "label">>;
  /** The chosen value; none (undefined, null or "") picks the `all` option. */
  defaultValue?: string | null;
  all?: string;
  /** Sized to its options rather than filling its grid cell (in a row form). */
  compact?: boolean;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={control(compact)}>
        {all === undefined ? null : <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled input; "search" gives it the searchbox role. */
export function FilterInput({
  id,
  name,
  label,
  type = "text",
  defaultValue,
  placeholder,
  maxLength,
  className,
}: FieldProps & {
  type?: "text" | "search" | "date" | "month";
  defaultValue?: string;
  placeholder?: string;
  maxLength?: number;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type={type}
        name={name}
        defaultValue={defaultValue}
        maxLength={maxLength}
        placeholder={placeholder}
        className={control()}
      />
      {type === "date" ? <DateEcho inputId={id} /> : null}
    </div>
  );
}

const submitButton = "rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800";

/**
 * The submit button and, given `reset`, a link back to the unfiltered list
 * beside it, in a cell of their own. Without `reset`, the bare button, for a
 * row form (which lines it up itself).
 */
export function FilterActions({ apply, reset }: { apply: string; reset?: { href: string; label: string } }) {
  if (!reset)
    return (
      <button type="submit" className={submitButton}>
        {apply}
      </button>
    );
  return (
    <div className="flex items-end gap-2">
      <button type="submit" className={submitButton}>
        {apply}
      </button>
      <Link href={reset.href} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
        {reset.label}
      </Link>
    </div>
  );
}

const join = (classes: string[]) => classes.filter(Boolean).join(" ");
