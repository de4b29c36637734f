"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormAlert, TextField } from "@/components/forms/fields";
import { PasswordField } from "@/components/forms/password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import type { SecondFactorData } from "./actions";

type State = FormState<Record<string, string>, SecondFactorData>;
type Action = FormAction<Record<string, string>, SecondFactorData>;

/** The labels the forms show, translated by the page. */
export type SecondFactorLabels = Record<
  | "code"
  | "confirm"
  | "confirming"
  | "password"
  | "recoveryTitle"
  | "recoveryLead"
  | "continue"
  | "renew"
  | "renewing"
  | "disable",
  string
>;

/** The ten codes just made, shown this once. */
function RecoveryCodes({ codes, labels, next }: { codes: string[]; labels: SecondFactorLabels; next: string }) {
  return (
    <section
      aria-labelledby="recovery-codes-title"
      className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="recovery-codes-title" className="text-lg font-semibold">
        {labels.recoveryTitle}
      </h2>
      <p className="text-sm text-slate-700">{labels.recoveryLead}</p>
      <ul aria-label={labels.recoveryTitle} className="grid grid-cols-2 gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Link href={next} className="inline-block rounded bg-brand-700 px-4 py-2.5 font-medium text-white">
        {labels.continue}
      </Link>
    </section>
  );
}

/** Enrolment's last step: a current code from the app turns TOTP on. */
export function ConfirmSecondFactorForm({
  action,
  labels,
  next,
}: {
  action: Action;
  labels: SecondFactorLabels;
  next: string;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, {});
  if (state.ok && state.data) return <RecoveryCodes codes={state.data.recoveryCodes} labels={labels} next={next} />;
  return (
    <form key={state.message} action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.message} />
      <TextField
        name="code"
        label={labels.code}
        required
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <SubmitButton pending={pending} label={labels.confirm} pendingLabel={labels.confirming} />
    </form>
  );
}

/** Password and a code, then new recovery codes or TOTP off (the button pressed says which). */
export function ManageSecondFactorForm({
  action,
  labels,
  next,
}: {
  action: Action;
  labels: SecondFactorLabels;
  next: string;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, {});
  if (state.ok && state.data) return <RecoveryCodes codes={state.data.recoveryCodes} labels={labels} next={next} />;
  const button = "rounded px-4 py-2.5 font-medium disabled:opacity-60";
  return (
    <form key={state.message} action={formAction} className="space-y-4" noValidate>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <PasswordField name="password" label={labels.password} required autoComplete="current-password" maxLength={128} />
      <TextField name="code" label={labels.code} required autoComplete="one-time-code" maxLength={32} />
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="renew"
          disabled={pending}
          className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {pending ? labels.renewing : labels.renew}
        </button>
        <button
          type="submit"
          name="intent"
          value="disable"
          disabled={pending}
          className={`${button} bg-red-700 text-white hover:bg-red-800`}
        >
          {labels.disable}
        </button>
      </div>
    </form>
  );
}
