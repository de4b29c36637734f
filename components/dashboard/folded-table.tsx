"use client";

import { useEffect, useRef, useState } from "react";
import { CompactRows, type CompactCell } from "@/components/ui/compact-rows";

/**
 * A table folded away under a summary ("show the data table") whose body rows are drawn only once it is
 * opened. Its rows reach the browser once, as the compact list of values the page's React payload carries
 * in any case, and not a second time as some hundreds of HTML cells that stay hidden until someone asks:
 * the page is lighter to load and to lay out. Without script, the same figures are in the card's CSV.
 */
export function FoldedTable({
  summary,
  caption,
  head,
  bodyClassName,
  rows,
  columnClasses,
}: {
  summary: string;
  caption: string;
  /** The header row (`<tr>` of `<th scope="col">`). */
  head: React.ReactNode;
  bodyClassName: string;
  rows: CompactCell[][];
  columnClasses?: (string | undefined)[];
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the page was interactive: the toggle came before React listened for it.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={details} className="no-print mt-2 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 underline">{summary}</summary>
      {/* A region that takes keyboard focus, so that a keyboard can scroll it (axe: scrollable-region-focusable). */}
      <div
        className="mt-2 max-h-80 overflow-auto rounded border border-slate-200"
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50 text-left text-slate-600">{head}</thead>
          <tbody className={bodyClassName}>
            {open ? <CompactRows rows={rows} columnClasses={columnClasses} /> : null}
          </tbody>
        </table>
      </div>
    </details>
  );
}
