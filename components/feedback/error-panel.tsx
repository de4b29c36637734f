"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/** The body of every error.tsx: a calm message and a retry, never a stack trace. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t("errors.errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errors.errorText")}</p>
      {error.digest ? <p className="mt-2 font-mono text-xs text-slate-400">{error.digest}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        {t("common.retry")}
      </button>
    </div>
  );
}
