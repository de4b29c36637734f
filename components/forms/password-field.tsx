"use client";
import { useState, type ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";

/**
 * A "show password" button for the password input `inputId` (OWASP ASVS
 * 2.1.12): pressed, the input shows the text typed; pressed again, it masks
 * it. Returns the input's current type and the button. Its name is its
 * visible text alone: an aria-label naming the field would also match that
 * field's label.
 */
export function usePasswordToggle(inputId: string) {
  const t = useTranslations("passwordToggle");
  const [shown, setShown] = useState(false);
  const button = (
    <button
      type="button"
      aria-pressed={shown}
      aria-controls={inputId}
      onClick={() => setShown((s) => !s)}
      className="shrink-0 rounded border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50 aria-pressed:bg-slate-100"
    >
      {t("show")}
    </button>
  );
  return { type: shown ? "text" : "password", button };
}

/** A TextField for a password, with the show-password button beside it. */
export function PasswordField(props: Omit<ComponentProps<typeof TextField>, "type" | "addon">) {
  const { type, button } = usePasswordToggle(props.name);
  return <TextField {...props} type={type} addon={button} />;
}
