"use client";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
} as const;

/** A form's submit button: disabled and relabelled while the action runs. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant = "primary",
  className = "",
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  variant?: keyof typeof VARIANTS;
  className?: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`rounded px-4 py-2.5 font-medium disabled:opacity-60 ${VARIANTS[variant]} ${className}`}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
