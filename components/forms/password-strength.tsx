"use client";
import { useTranslations } from "next-intl";
import { passwordStrength, type PasswordStrength } from "@/lib/validation/password-strength";

const LEVELS = ["tooShort", "weak", "fair", "strong", "veryStrong"] as const;
const BAR = ["bg-slate-300", "bg-red-600", "bg-amber-500", "bg-emerald-600", "bg-emerald-700"];

/**
 * How strong the new password looks (OWASP ASVS 2.1.8): a bar of four steps
 * and its name, announced politely as it changes. A guide only: the server
 * still refuses short and common passwords when the form is sent.
 */
export function PasswordStrengthMeter({ password, fieldId }: { password: string; fieldId: string }) {
  const t = useTranslations("passwordStrength");
  const level: PasswordStrength = passwordStrength(password);
  const label = t(LEVELS[level]);
  return (
    <div className="-mt-1 flex items-center gap-3" data-testid="password-strength">
      <meter
        id={`${fieldId}-strength`}
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={level}
        aria-label={t("label")}
        aria-valuetext={label}
        className="sr-only"
      />
      <div className="flex flex-1 gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={`h-1.5 flex-1 rounded ${step <= level ? BAR[level] : "bg-slate-200"}`} />
        ))}
      </div>
      <p className="shrink-0 text-xs text-slate-600" aria-live="polite">
        {password ? `${t("label")}: ${label}` : t("hint")}
      </p>
    </div>
  );
}
