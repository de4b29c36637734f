"use client";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { FieldMessage } from "@/components/forms/fields";

export type MultiSelectOption = {
  value: string;
  label: string;
  /** Shown beside the label, e.g. a code. */ aside?: string;
};

export type MultiSelectTexts = {
  /** The search box's label, its accessible name. */
  search: string;
  placeholder: string;
  /** The label of the list of chips. */
  selected: string;
  /** "2 chapters selected", read out when the choice changes. */
  selectedCount: (count: number) => string;
  remove: (label: string) => string;
  noMatches: string;
};

/**
 * A searchable multi-select on the ARIA combobox pattern (WAI-ARIA APG, "list
 * autocomplete"): a search box with role=combobox over a listbox of options,
 * the chosen ones shown above it as removable chips and sent as hidden inputs
 * that all share one name, as checkboxes would be. Focus stays in the box;
 * aria-activedescendant names the option the arrows point at.
 * Keys: typing filters and points at the first match; ↓/↑ move; Enter toggles
 * the option pointed at (and never submits the form); Space toggles it after
 * an arrow key (otherwise it types a space); Backspace in an empty box removes
 * the last chip; Escape closes the list, then clears the box. Picking an option
 * clears the search, so "84", Enter, Backspace adds chapter 84 and takes it away;
 * a click on an option picks it and closes the list.
 */
export function MultiSelect({
  name,
  label,
  hint,
  error,
  options,
  selected,
  texts,
  form,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  texts: MultiSelectTexts;
  /** The id of the form the hidden inputs belong to, when they sit outside it. */
  form?: string;
}) {
  const id = useId();
  const inputId = `${id}-search`;
  const listId = `${id}-list`;
  const optionId = (value: string) => `${id}-option-${value}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([...selected]);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Space toggles only once the arrows have moved onto an option; while typing it is a space.
  const [navigating, setNavigating] = useState(false);

  const byValue = new Map(options.map((o) => [o.value, o]));
  const q = query.trim().toLowerCase();
  const visible = q
    ? options.filter((o) => o.value.toLowerCase().startsWith(q) || o.label.toLowerCase().includes(q))
    : options;
  const expanded = open && visible.length > 0;
  const current = expanded ? visible[Math.min(active, visible.length - 1)] : undefined;

  const toggle = (value: string) => {
    const adding = !chosen.includes(value);
    setChosen((c) => (c.includes(value) ? c.filter((x) => x !== value) : [...c, value]));
    // A pick ends the search: the box is ready for the next one, and Backspace removes what was just added.
    if (adding && query) {
      setQuery("");
      setActive(
        Math.max(
          0,
          options.findIndex((o) => o.value === value),
        ),
      );
    }
  };
  const remove = (value: string) => {
    setChosen((c) => c.filter((x) => x !== value));
    inputRef.current?.focus();
  };
  const move = (to: number) => {
    setOpen(true);
    setNavigating(true);
    const next = Math.max(0, Math.min(to, visible.length - 1));
    setActive(next);
    const option = visible[next];
    if (option) document.getElementById(optionId(option.value))?.scrollIntoView({ block: "nearest" });
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        move(expanded ? active + 1 : 0);
        break;
      case "ArrowUp":
        e.preventDefault();
        move(expanded ? active - 1 : visible.length - 1);
        break;
      case "Home":
      case "End":
        if (!expanded) return;
        e.preventDefault();
        move(e.key === "Home" ? 0 : visible.length - 1);
        break;
      case "Enter":
        // A form submitted by Enter in the search box would lose the choice being made.
        e.preventDefault();
        if (current) toggle(current.value);
        else setOpen(true);
        break;
      case " ":
        if (!current || !navigating) return;
        e.preventDefault();
        toggle(current.value);
        break;
      case "Backspace":
        if (query || !chosen.length) return;
        e.preventDefault();
        setChosen((c) => c.slice(0, -1));
        break;
      case "Escape":
        if (expanded) setOpen(false);
        else if (query) setQuery("");
        else return;
        e.preventDefault();
        break;
    }
  }

  const describedBy = [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" ");
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      <p id={`${id}-label`} className="text-sm font-medium text-slate-800">
        {label}
      </p>
      {hint ? (
        <p id={`${name}-hint`} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className={`mt-2 rounded border p-3 ${error ? "border-red-500" : "border-slate-200"}`}>
        <p className="text-xs text-slate-600" aria-live="polite">
          {texts.selectedCount(chosen.length)}
        </p>
        {chosen.length ? (
          <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={texts.selected}>
            {chosen.map((value) => {
              const text = byValue.get(value)?.label ?? value;
              return (
                <li
                  key={value}
                  className="inline-flex max-w-full items-center gap-1 rounded bg-brand-50 py-0.5 pl-2 text-sm break-words text-brand-800 ring-1 ring-brand-100 ring-inset"
                >
                  <span className="min-w-0">{text}</span>
                  <button
                    type="button"
                    onClick={() => remove(value)}
                    aria-label={texts.remove(text)}
                    className="min-h-6 min-w-6 shrink-0 rounded px-1 text-brand-700 hover:bg-brand-100"
                  >
                    ×
                  </button>
                  <input type="hidden" name={name} value={value} form={form} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <label htmlFor={inputId} className="mt-3 block text-sm text-slate-700">
          {texts.search}
        </label>
        <div className="relative mt-1">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current.value) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setActive(0);
              setNavigating(false);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            placeholder={texts.placeholder}
            autoComplete="off"
            className="block w-full rounded border border-slate-300 px-3 py-1.5 text-sm"
          />
          <ul
            id={listId}
            role="listbox"
            aria-multiselectable="true"
            aria-label={label}
            hidden={!expanded}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-y-auto rounded border border-slate-300 bg-white py-1 shadow-lg"
          >
            {visible.map((o) => {
              const isChosen = chosen.includes(o.value);
              return (
                <li
                  key={o.value}
                  id={optionId(o.value)}
                  role="option"
                  aria-selected={isChosen}
                  // mousedown would blur the box and close the list before the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    toggle(o.value);
                    // A pick by pointer is done: the list would otherwise cover the fields below it.
                    setOpen(false);
                  }}
                  className={`flex cursor-pointer items-start gap-2 px-3 py-1.5 text-sm ${current?.value === o.value ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600" : ""}`}
                >
                  <span aria-hidden="true" className="w-4 shrink-0 text-brand-700">
                    {isChosen ? "✓" : ""}
                  </span>
                  <span className="min-w-0 flex-1 break-words">{o.label}</span>
                  {o.aside ? (
                    <span aria-hidden="true" className="font-mono text-xs text-slate-500">
                      {o.aside}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {open && visible.length === 0 ? (
            <p
              role="status"
              className="absolute inset-x-0 top-full z-20 mt-1 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-500 shadow-lg"
            >
              {texts.noMatches}
            </p>
          ) : null}
        </div>
      </div>
      <FieldMessage name={name} error={error} />
    </div>
  );
}
