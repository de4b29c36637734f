"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FieldMessage } from "@/components/forms/fields";

/** What the file input offers: CSV and Excel workbooks (.xlsx). */
const TABLE_ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Uploads a CSV or an Excel workbook to an import route and moves on to the job's page, which
 * shows the progress. Without JavaScript the form posts the same file and
 * the route redirects there itself.
 */
export function ImportUploadForm({
  action,
  initialError,
  hint,
  label,
}: {
  action: string;
  initialError?: string;
  /** The file field's label ("CSV file or Excel workbook"), translated by the page. */
  label?: string;
  /** What the file may be, when it differs from the SKU import's (encodings, 20 MB). */
  hint?: string;
}) {
  const t = useTranslations("imports.upload");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(initialError);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setError(t("errors.noFile"));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const res = await fetch(action, { method: "POST", body: data, headers: { Accept: "application/json" } });
      const json = (await res.json().catch(() => ({}))) as { url?: string; message?: string };
      if (res.ok && json.url) {
        router.push(json.url);
        return;
      }
      setError(json.message ?? t("errors.failed"));
    } catch {
      setError(t("errors.failed"));
    }
    setPending(false);
  }

  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="space-y-4"
      noValidate
    >
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-slate-800">
          {label ?? t("file")}
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        </label>
        <p id="file-hint" className="mt-0.5 text-xs text-slate-500">
          {hint ?? t("fileHint")}
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept={TABLE_ACCEPT}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby="file-hint file-error"
          className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        <FieldMessage name="file" error={error} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("uploading") : t("submit")}
      </button>
    </form>
  );
}
