"use client";
import { useActionState, useState, useTransition } from "react";
import { FormAlert, TextField } from "@/components/forms/fields";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { SecurityKeyData } from "./actions";

/** The labels the key forms show, translated by the page. */
export type SecurityKeyLabels = Record<
  "name" | "add" | "adding" | "failed" | "password" | "remove" | "removing",
  string
>;

type Plain = FormAction<Record<string, string>>;
type Options = FormAction<Record<string, string>, SecurityKeyData>;

/**
 * Names a new key, then: the server's options (a fresh challenge), the
 * browser's WebAuthn dialog, and the answer back to the server, which
 * verifies it. The WebAuthn helper is loaded only when the button is pressed.
 */
export function AddSecurityKeyForm({
  optionsAction,
  addAction,
  labels,
}: {
  optionsAction: Options;
  addAction: Plain;
  labels: SecurityKeyLabels;
}) {
  const [state, setState] = useState<FormState<Record<string, string>>>({});
  const [pending, startTransition] = useTransition();
  const [serial, setSerial] = useState(0);

  function submit(form: FormData) {
    startTransition(async () => {
      const options = await optionsAction({}, new FormData());
      if (!options.ok || !options.data) return setState({ ok: false, message: options.message });
      let response: unknown;
      try {
        const { startRegistration } = await import("@simplewebauthn/browser");
        response = await startRegistration(JSON.parse(options.data.options));
      } catch {
        return setState({ ok: false, message: labels.failed });
      }
      const answer = new FormData();
      answer.set("name", String(form.get("name") ?? ""));
      answer.set("response", JSON.stringify(response));
      const result = await addAction({}, answer);
      setState(result);
      if (result.ok) setSerial((n) => n + 1);
    });
  }

  return (
    <form key={serial} action={submit} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="name" label={labels.name} required maxLength={60} />
      <SubmitButton pending={pending} label={labels.add} pendingLabel={labels.adding} />
    </form>
  );
}

/** Removes one key after the current password. */
export function RemoveSecurityKeyForm({
  id,
  action,
  labels,
}: {
  id: string;
  action: Plain;
  labels: SecurityKeyLabels;
}) {
  const [state, formAction, pending] = useActionState<FormState<Record<string, string>>, FormData>(action, {});
  return (
    <form key={state.message} action={formAction} className="mt-2 flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <FormAlert message={state.ok ? undefined : state.message} />
      <PasswordField name="password" label={labels.password} required autoComplete="current-password" maxLength={128} />
      <SubmitButton pending={pending} label={labels.remove} pendingLabel={labels.removing} />
    </form>
  );
}
