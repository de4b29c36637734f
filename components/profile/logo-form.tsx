"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormAction, FormState } from "@/lib/forms/form-state";

// Mirrors the server's limit, so that a too-large file is refused before it is sent.
const MAX_BYTES = 512 * 1024;

/** The current logo, an upload form and a remove button, sharing one status line. */
export function LogoForm({
  logoUrl,
  alt,
  uploadAction,
  removeAction,
}: {
  logoUrl: string | null;
  alt: string;
  uploadAction: FormAction;
  removeAction: FormAction;
}) {
  const t = useTranslations("profile.logo");
  const [state, formAction, pending] = useActionState<FormState, FormData>(async (prev, formData) => {
    if (formData.get("intent") === "remove") return removeAction(prev, formData);
    const file = formData.get("logo");
    if (file instanceof File && file.size > MAX_BYTES)
      return { ok: false, fieldErrors: { logo: t("errors.tooLarge") } };
    return uploadAction(prev, formData);
  }, {});
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <div className="flex h-28 items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 p-2">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- served from our own route as stored, like the review page's; next/image would add 6 kB of JavaScript to the profile page for nothing
          <img
            src={logoUrl}
            alt={alt}
            width={160}
            height={96}
            decoding="async"
            className="max-h-24 w-auto object-contain"
          />
        ) : (
          <p className="text-sm text-slate-500">{t("none")}</p>
        )}
      </div>
      <FormAlert message={state.message} tone={state.ok ? "success" : "error"} />
      <form action={formAction} className="space-y-2" noValidate>
        <input type="hidden" name="intent" value="upload" />
        <label htmlFor="logo" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <input
          id="logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-invalid={state.fieldErrors?.logo ? true : undefined}
          aria-describedby="logo-error"
          className="block w-full text-sm"
        />
        <p id="logo-error" aria-live="polite" className="text-sm text-red-700">
          {state.fieldErrors?.logo ?? ""}
        </p>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
      </form>
      {logoUrl ? (
        <form action={formAction}>
          <input type="hidden" name="intent" value="remove" />
          <SubmitButton pending={pending} label={t("remove")} variant="secondary" />
        </form>
      ) : null}
    </div>
  );
}
