"use client";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "@/components/forms/fields";
import type { FormAction, FormState } from "@/lib/forms/form-state";

/**
 * A destructive action (delete, remove, revoke, cancel) behind one plain
 * button: it opens a modal `<dialog>` that names what will go, and only its
 * red confirm button submits to the server action. Focus starts on the
 * dialog's Cancel, Escape or Cancel closes it, and focus returns to the
 * button. The answer is read out in a live region beside the button.
 */
export function ConfirmAction({
  action,
  fields,
  label,
  title,
  question,
  confirmLabel,
  cancelLabel,
  pendingLabel,
  extra,
  tone = "danger",
}: {
  action: FormAction;
  /** Hidden fields that name the record. */
  fields: Record<string, string>;
  /** The button on the row. */
  label: string;
  /** The dialog's heading; the button's label when left out. */
  title?: string;
  /** The dialog's text, naming what will be deleted. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pendingLabel: string;
  /** Further fields inside the dialog's form (a reason), given the last answer for its field errors. */
  extra?: (state: FormState) => React.ReactNode;
  /** The confirm button: red for what cannot be undone, the brand colour for a harmless step back (restore). */
  tone?: "danger" | "primary";
}) {
  const [state, submit, pending] = useActionState<FormState, FormData>(action, {});
  // The answer there was when the dialog opened; null while it is closed.
  const [openedAt, setOpenedAt] = useState<FormState | null>(null);
  const open = openedAt !== null;
  const answer = open && state !== openedAt ? state : {};
  // Done closes the dialog; a refusal stays in it.
  if (answer.ok) setOpenedAt(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
  }, [open]);

  const close = () => {
    setOpenedAt(null);
    trigger.current?.focus();
  };

  return (
    <div className="space-y-1">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpenedAt(state)}
        className="rounded border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50"
      >
        {label}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-text`}
          onCancel={(e) => {
            if (pending) e.preventDefault();
          }}
          onClose={close}
          className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
        >
          <form action={submit} className="space-y-4 p-5">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <h2 id={`${id}-title`} className="text-base font-semibold">
              {title ?? label}
            </h2>
            <p id={`${id}-text`} className="text-sm break-words text-slate-700">
              {question}
            </p>
            {extra?.(answer)}
            {answer.message && !answer.ok ? <FormAlert message={answer.message} /> : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button
                ref={cancel}
                type="button"
                disabled={pending}
                onClick={() => dialog.current?.close()}
                className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60"
              >
                {cancelLabel}
              </button>
              <button
                type="submit"
                disabled={pending}
                className={`rounded px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 ${tone === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800"}`}
              >
                {pending ? pendingLabel : confirmLabel}
              </button>
            </div>
          </form>
        </dialog>
      ) : null}
      <p aria-live="polite" className="text-sm text-emerald-700">
        {!open && state.ok ? state.message : ""}
      </p>
    </div>
  );
}
