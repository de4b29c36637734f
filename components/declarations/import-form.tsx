"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { DataTable } from "@/components/ui/data-table";
import type { FormAction, FormState } from "@/lib/forms/form-state";

/** What a refused import answers: the first refused lines, how many more, and the full report. */
export type DeclarationImportReport = {
  errors: { line: number; column: string; message: string }[];
  more: number;
  reportHref: string;
};
type ImportState = FormState<Record<string, string>, DeclarationImportReport>;

// Mirrors the server's limit, so a file that is too large is refused before it is sent.
const MAX_BYTES = 2 * 1024 * 1024;

/** Uploads a CSV file; every problem comes back with its line and column, and nothing is written. */
export function ImportForm({
  action,
  max,
}: {
  action: FormAction<Record<string, string>, DeclarationImportReport>;
  max: number;
}) {
  const t = useTranslations("declarations.importPage");
  const [state, formAction, pending] = useActionState<ImportState, FormData>(async (prev, formData) => {
    const file = formData.get("file");
    if (file instanceof File && file.size > MAX_BYTES) return { ok: false, message: t("tooLarge") };
    return action(prev, formData);
  }, {});
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3" noValidate>
        <label htmlFor="file" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <p id="file-hint" className="text-xs text-slate-500">
          {t("fileHint", { max })}
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="file-hint"
          className="block w-full text-sm"
        />
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
      </form>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      {state.data?.errors.length ? (
        <section aria-labelledby="import-errors" className="rounded-lg border border-red-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="import-errors" className="text-base font-semibold">
              {t("errorsTitle")}
            </h2>
            {state.data.reportHref ? (
              <a href={state.data.reportHref} className="text-sm text-brand-700 underline" download>
                {t("report")}
              </a>
            ) : null}
          </div>
          <DataTable
            boxed={false}
            padding="px-3 py-1.5"
            columns={(["line", "column", "message"] as const).map((c) => ({ key: c, label: t(c) }))}
          >
            {state.data.errors.map((e, i) => (
              <tr key={`${e.line}-${e.column}-${i}`}>
                <td className="px-3 py-1.5 tabular-nums">{e.line}</td>
                <td className="px-3 py-1.5">{e.column}</td>
                <td className="px-3 py-1.5">{e.message}</td>
              </tr>
            ))}
          </DataTable>
          {state.data.more ? (
            <p className="mt-2 text-sm text-slate-600">{t("more", { count: state.data.more })}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
