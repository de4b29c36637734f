"use client";
import { useState } from "react";
import { TextField } from "@/components/forms/fields";
import { PasswordField } from "@/components/forms/password-field";
import { PasswordStrengthMeter } from "@/components/forms/password-strength";
import type { FieldErrors } from "@/lib/forms/form-state";

/**
 * A new password and, when `confirmLabel` is given, the same again; the
 * browser's password manager offers to generate and save it. Used wherever a
 * password is set: registration, an invitation, a reset, a change. The first
 * has a show-password button and a strength meter; the confirmation stays
 * masked.
 */
export function NewPasswordFields({
  name = "password",
  label,
  hint,
  confirmLabel,
  errors,
}: {
  name?: string;
  label: string;
  hint: string;
  confirmLabel?: string;
  errors: FieldErrors;
}) {
  const [password, setPassword] = useState("");
  return (
    <>
      <div
        className="flex flex-col gap-3"
        onInput={(e) => {
          const input = e.target as HTMLInputElement;
          if (input.name === name) setPassword(input.value);
        }}
      >
        <PasswordField
          name={name}
          label={label}
          hint={hint}
          required
          autoComplete="new-password"
          error={errors[name]}
          maxLength={128}
        />
        <PasswordStrengthMeter password={password} fieldId={name} />
      </div>
      {confirmLabel ? (
        <TextField
          name="confirmPassword"
          label={confirmLabel}
          required
          type="password"
          autoComplete="new-password"
          error={errors.confirmPassword}
          maxLength={128}
        />
      ) : null}
    </>
  );
}
