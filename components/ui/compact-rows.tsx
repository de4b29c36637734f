"use client";

/**
 * One cell of {@link CompactRows}: its content, or "—" that says why (a tooltip, and text for screen
 * readers), with classes of its own added to its column's.
 */
export type CompactCell =
  React.ReactNode | { dash: string; className?: string } | { text: React.ReactNode; className: string };

/**
 * Table body rows drawn from plain values. A big table written as server components reaches the
 * browser twice: as HTML and as an element-by-element description of every cell for React. Given to
 * this component, the rows are described once, as a compact list of values, and the HTML is the same.
 * The cell at `rowHeader` is the row's `<th scope="row">`, the others are `<td>`.
 */
export function CompactRows({
  rows,
  columnClasses = [],
  rowHeader = 0,
}: {
  /** The rows' cells; a row's place is its key (the rows are drawn once, never reordered). */
  rows: CompactCell[][];
  /** Each column's classes (by cell index). */
  columnClasses?: (string | undefined)[];
  rowHeader?: number;
}) {
  return rows.map((cells, r) => (
    <tr key={r}>
      {cells.map((cell, i) => {
        const own = isObject(cell) && "className" in cell ? cell.className : undefined;
        const className = [columnClasses[i], own].filter(Boolean).join(" ") || undefined;
        const content = !isObject(cell) ? (
          cell
        ) : "dash" in cell ? (
          <span title={cell.dash}>
            <span aria-hidden="true">—</span>
            <span className="sr-only">{cell.dash}</span>
          </span>
        ) : "text" in cell ? (
          cell.text
        ) : (
          (cell as React.ReactNode)
        );
        return i === rowHeader ? (
          <th key={i} scope="row" className={className}>
            {content}
          </th>
        ) : (
          <td key={i} className={className}>
            {content}
          </td>
        );
      })}
    </tr>
  ));
}

function isObject(
  cell: CompactCell,
): cell is { dash: string; className?: string } | { text: React.ReactNode; className: string } {
  return typeof cell === "object" && cell !== null && !Array.isArray(cell) && ("dash" in cell || "text" in cell);
}
