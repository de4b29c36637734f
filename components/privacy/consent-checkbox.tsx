"use client";
import { useTranslations } from "next-intl";
import { FieldMessage } from "@/components/forms/fields";
import { CURRENT_NOTICE } from "@/lib/privacy/notice";

/**
 * A consent tick: never ticked when the form first shows (`checked` only puts
 * back a tick given before a refusal). `notice` is "I have read and agree to
 * the privacy notice", with the notice opening in a new tab so that what was
 * typed stays, and the box sends the notice version it stands for (a page
 * opened before the notice changed is asked again); `attendees` is an event
 * signup's statement that the named attendees were told of it. The server
 * checks both (lib/validation/consent.ts).
 */
export function ConsentCheckbox({
  kind,
  checked = false,
  error,
}: {
  kind: "notice" | "attendees";
  checked?: boolean;
  error?: string;
}) {
  const t = useTranslations("privacyConsent");
  const name = kind === "notice" ? "privacyConsent" : "attendeesInformed";
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          // Remounted when the tick to put back changes: React resets a form after its action.
          key={String(checked)}
          id={name}
          name={name}
          type="checkbox"
          value={kind === "notice" ? CURRENT_NOTICE.id : "on"}
          defaultChecked={checked}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={kind === "notice" ? `${name}-hint ${name}-error` : `${name}-error`}
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={name} className="text-sm text-slate-800">
          {kind === "notice"
            ? t.rich("label", {
                link: (chunks) => (
                  <a href="/privacy" target="_blank" rel="noopener" className="font-medium text-brand-700 underline">
                    {chunks}
                  </a>
                ),
              })
            : t("attendeesInformed")}
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        </label>
      </div>
      {kind === "notice" ? (
        <p id={`${name}-hint`} className="sr-only">
          {t("newTab")}
        </p>
      ) : null}
      <FieldMessage name={name} error={error} />
    </div>
  );
}
