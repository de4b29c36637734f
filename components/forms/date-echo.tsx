"use client";
import { useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { isLocale } from "@/lib/i18n/config";
import { formatDateTime, formatDay } from "@/lib/i18n/format";
import { shanghaiInputToUtc } from "@/lib/time/shanghai";

/**
 * The day a native date (or datetime-local) input holds, in the portal's own
 * form ("= 9 Dec 2026", "= 2026年12月9日 14:03"): the input itself shows the
 * browser's format, and an American browser's 12/09/2026 reads as 12 September
 * elsewhere. Announced politely when it changes; nothing while the input is empty.
 */
export function DateEcho({ inputId }: { inputId: string }) {
  const uiLocale = useLocale();
  const locale = isLocale(uiLocale) ? uiLocale : "zh-CN";
  const [value, setValue] = useState("");

  useEffect(() => {
    const input = document.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    const read = () => setValue(input.value);
    // A form reset (React resets a form after its action) puts the default back without an input event.
    const readAfterReset = () => setTimeout(read, 0);
    read();
    input.addEventListener("input", read);
    input.addEventListener("change", read);
    input.form?.addEventListener("reset", readAfterReset);
    return () => {
      input.removeEventListener("input", read);
      input.removeEventListener("change", read);
      input.form?.removeEventListener("reset", readAfterReset);
    };
  }, [inputId]);

  const moment = value.includes("T") ? shanghaiInputToUtc(value) : null;
  const text = moment ? formatDateTime(moment, locale) : formatDay(value, locale);
  return (
    <p id={`${inputId}-reads`} aria-live="polite" className="mt-1 text-xs text-slate-600 tabular-nums">
      {text ? `= ${text}` : ""}
    </p>
  );
}
