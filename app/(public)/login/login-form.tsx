"use client";
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { loginAction, type LoginData } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { usePasswordToggle } from "@/components/forms/password-field";

/** The labels of the code step, translated by the page. */
export type SecondFactorStepLabels = { lead: string; code: string; submit: string; submitting: string };
/** The labels of "Use your security key", translated by the page; `…KeyOnly` for an account with no code to type. */
export type SecurityKeyStepLabels = {
  lead: string;
  leadKeyOnly: string;
  use: string;
  waiting: string;
  failed: string;
  failedKeyOnly: string;
};

export function LoginForm({
  callbackUrl,
  codeStep,
  keyStep,
}: {
  callbackUrl: string;
  codeStep: SecondFactorStepLabels;
  keyStep: SecurityKeyStepLabels;
}) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<FormState<{ email: string }, LoginData>, FormData>(loginAction, {});
  const password = usePasswordToggle("password");
  const challenge = state.data?.challenge;
  const keyOptions = state.data?.keyOptions;
  const withCode = state.data?.withCode ?? true;
  const codeForm = useRef<HTMLFormElement>(null);
  const [askingKey, setAskingKey] = useState(false);
  const [keyError, setKeyError] = useState("");

  /** The browser asks the key (the helper is loaded only now), and the form sends its answer in place of a code. */
  async function signInWithKey() {
    if (!keyOptions || !codeForm.current) return;
    setAskingKey(true);
    setKeyError("");
    try {
      const { startAuthentication } = await import("@simplewebauthn/browser");
      const answer = await startAuthentication(JSON.parse(keyOptions));
      const field = codeForm.current.elements.namedItem("assertion");
      if (field instanceof HTMLInputElement) field.value = JSON.stringify(answer);
      codeForm.current.requestSubmit();
    } catch {
      setKeyError(withCode ? keyStep.failed : keyStep.failedKeyOnly);
    } finally {
      setAskingKey(false);
    }
  }

  if (challenge) {
    // The password was right: no session yet, until the code passes.
    return (
      <form ref={codeForm} key={state.message ?? "code"} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="assertion" value="" />
        <input type="hidden" name="email" value={state.values?.email ?? ""} />
        <div aria-live="polite" id="login-error">
          {state.message || keyError ? (
            <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {keyError || state.message}
            </p>
          ) : null}
        </div>
        {keyOptions ? (
          <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
            <p className="text-sm text-slate-700">{withCode ? keyStep.lead : keyStep.leadKeyOnly}</p>
            <button
              type="button"
              onClick={signInWithKey}
              autoFocus={!withCode}
              disabled={askingKey || pending}
              className="w-full rounded bg-brand-700 px-4 py-2.5 font-medium text-white disabled:opacity-60"
            >
              {askingKey ? keyStep.waiting : keyStep.use}
            </button>
          </div>
        ) : null}
        {withCode ? (
          <>
            <p className="text-sm text-slate-700">{codeStep.lead}</p>
            <div>
              <label htmlFor="code" className="block text-sm font-medium text-slate-800">
                {codeStep.code}
              </label>
              <input
                id="code"
                name="code"
                type="text"
                autoComplete="one-time-code"
                autoFocus
                required
                maxLength={32}
                aria-describedby={state.message ? "login-error" : undefined}
                className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 font-mono shadow-sm focus:border-brand-600"
              />
            </div>
            <SubmitButton
              pending={pending}
              label={codeStep.submit}
              pendingLabel={codeStep.submitting}
              className="w-full"
            />
          </>
        ) : null}
      </form>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="polite" id="login-error">
        {state.message ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          aria-describedby={state.message ? "login-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t("password")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="password"
            name="password"
            type={password.type}
            autoComplete="current-password"
            required
            aria-describedby={state.message ? "login-error" : undefined}
            className="block min-w-0 flex-1 rounded border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600"
          />
          {password.button}
        </div>
      </div>
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full" />
    </form>
  );
}
