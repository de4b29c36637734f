"use client";

/** Opens the browser's print dialog; the page's print styles lay it out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
