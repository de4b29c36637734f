"use client";

import { CompactRows, type CompactCell } from "@/components/ui/compact-rows";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";

/**
 * How a breakdown column's cells read: figures right-aligned and unbroken (the default), the row's rank,
 * a second name beside it, this year against last year, or a note in small type.
 */
export type BreakdownColumnKind = "figure" | "rank" | "name" | "extra" | "previous" | "note";

const CELLS: Record<BreakdownColumnKind, string | undefined> = {
  figure: undefined,
  rank: "text-left!",
  name: undefined,
  extra: "min-w-40 text-left! whitespace-normal! text-slate-700",
  previous: "text-slate-700",
  note: "min-w-32 text-left! whitespace-normal! text-xs text-slate-600",
};

/** A change's colour, by its sign: 1 up, -1 down, 0 none or no base. */
const TONES = { "1": "text-emerald-800", "-1": "text-red-700", "0": "text-slate-500" } as const;

/** A change cell: its text (or a "—" that says why) and its sign. */
export type ToneCell = { tone: keyof typeof TONES; text?: string; dash?: string };

/**
 * The table of a {@link BreakdownTable}: the scrolling box, header and rows of the dashboard's six
 * breakdowns. It is a client component so that the classes of its box, header and columns are in the
 * script, once, and not in the page's payload once per table and per header cell: the page carries only
 * the headers' words and the rows' values.
 */
export function BreakdownGrid({
  scrollLabel,
  columns,
  rows,
}: {
  scrollLabel: string;
  columns: { label: string; kind: BreakdownColumnKind }[];
  rows: (CompactCell | ToneCell)[][];
}) {
  const header: DataTableColumn[] = columns.map((c, i) => ({
    key: String(i),
    label: c.label,
    className: c.kind === "figure" || c.kind === "previous" ? "text-right" : undefined,
  }));
  const rowHeader = columns.findIndex((c) => c.kind === "name");
  return (
    <DataTable
      boxed={false}
      scrollLabel={scrollLabel}
      columns={header}
      padding="px-2 py-2"
      // The cells' padding, alignment and figures once for the body, not on each cell: figures right and
      // unbroken; the row's name, rank and text columns left. Each cell is the containing block of its "—"
      // text for screen readers, which otherwise sits outside the scrolling box and widens a phone's page.
      bodyClassName="*:*:px-2 *:*:py-1.5 *:*:tabular-nums [&_td]:relative [&_td]:text-right [&_td]:whitespace-nowrap [&_th]:min-w-28 [&_th]:text-left [&_th]:font-medium"
    >
      <CompactRows
        rowHeader={rowHeader}
        columnClasses={columns.map((c) => CELLS[c.kind])}
        rows={rows.map((cells) =>
          cells.map((cell) => {
            if (!isTone(cell)) return cell;
            const className = TONES[cell.tone];
            return cell.dash !== undefined ? { dash: cell.dash, className } : { text: cell.text, className };
          }),
        )}
      />
    </DataTable>
  );
}

function isTone(cell: CompactCell | ToneCell): cell is ToneCell {
  return typeof cell === "object" && cell !== null && !Array.isArray(cell) && "tone" in cell;
}
