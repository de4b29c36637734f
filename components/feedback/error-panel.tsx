"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRequestId } from "./request-id";

/**
 * The body of every error.tsx: a calm message, the references to quote to the
 * support desk, and a retry; never a stack trace. The request id is that of
 * the page's load; the digest names the error, and the server's log line
 * (instrumentation.ts) carries both with the failing request's own id.
 */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const requestId = useRequestId();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t("errors.errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errors.errorText")}</p>
      {requestId || error.digest ? (
        <div className="mt-4 text-sm text-slate-500">
          <p>{t("errorReference.quote")}</p>
          <p className="mt-1 font-mono text-xs">
            {requestId ? <span>{t("errorReference.requestId", { id: requestId })}</span> : null}
            {requestId && error.digest ? " · " : null}
            {error.digest ? <span>{t("errorReference.digest", { digest: error.digest })}</span> : null}
          </p>
        </div>
      ) : null}
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
