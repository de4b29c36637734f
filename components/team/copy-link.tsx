"use client";
import { useId, useRef, useState } from "react";

/**
 * A link to hand on: shown in a read-only field (the fallback when the
 * clipboard is not available) with a button that copies it.
 */
export function CopyLink({
  value,
  label,
  copyLabel,
  copiedText,
  failedText,
}: {
  value: string;
  label: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      input.current?.select();
      setStatus("failed");
    }
  }

  return (
    <div>
      <label htmlFor={`${id}-link`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id={`${id}-link`}
          type="text"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-status`}
          className="block min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {copyLabel}
        </button>
      </div>
      <p id={`${id}-status`} aria-live="polite" className="mt-1 text-sm text-slate-600">
        {status === "copied" ? copiedText : status === "failed" ? failedText : ""}
      </p>
    </div>
  );
}
