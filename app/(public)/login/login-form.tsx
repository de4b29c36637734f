"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { loginAction } from "./actions";
import { SubmitButton } from "@/components/forms/submit-button";
import { usePasswordToggle } from "@/components/forms/password-field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<FormState<{ email: string }>, FormData>(loginAction, {});
  const password = usePasswordToggle("password");
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
