/** One header cell of a {@link DataTable}. */
export type DataTableColumn = {
  key: string;
  label: React.ReactNode;
  /** Added to the header cell's classes, e.g. "text-right" over a column of figures. */
  className?: string;
  /** This column's header padding, where it differs from the table's (narrow month columns). */
  padding?: CellPadding;
};

/** Header cell padding; it matches the padding the rows give their cells. */
export type CellPadding = "px-3 py-2" | "px-4 py-2" | "px-3 py-1.5" | "px-2 py-2";

/**
 * A list table: a header row of `<th scope="col">` cells and the rows given as
 * children, which bring their own `<th scope="row">` and `<td>` cells.
 * Columns that are `false`, `null` or `undefined` are left out, so a column
 * shown only to some users can be written inline.
 */
export function DataTable({
  columns,
  children,
  caption,
  captionClassName,
  scrollLabel,
  boxed = true,
  head = "shaded",
  padding = "px-3 py-2",
  bodyClassName,
  className,
}: {
  columns: ReadonlyArray<DataTableColumn | false | null | undefined>;
  /** The body rows. */
  children: React.ReactNode;
  caption?: React.ReactNode;
  /** E.g. "sr-only" for a caption only screen readers need. */
  captionClassName?: string;
  /**
   * Names the table's box, which then is a region that takes keyboard focus, so that a keyboard can
   * scroll a table wider than the screen (axe: scrollable-region-focusable), e.g. "Parks ranked,
   * scrolls sideways".
   */
  scrollLabel?: string;
  /** A border and white background of its own; false inside a card or panel that has them. */
  boxed?: boolean;
  /** "shaded": a grey header band; "ruled": a line under the header, as in cards. */
  head?: "shaded" | "ruled";
  padding?: CellPadding;
  /** Added to the body's classes, e.g. "align-top" for rows of several lines. */
  bodyClassName?: string;
  /** Added to the scrolling wrapper's classes. */
  className?: string;
}) {
  const wrapper = ["overflow-x-auto", boxed ? "rounded-lg border border-slate-200 bg-white" : "", className ?? ""];
  return (
    <div
      className={join(wrapper)}
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : undefined)}
    >
      <table className="min-w-full text-sm">
        {caption === undefined ? null : <caption className={captionClassName}>{caption}</caption>}
        <thead
          className={
            head === "shaded"
              ? "bg-slate-50 text-left text-slate-600"
              : "border-b border-slate-200 text-left text-slate-600"
          }
        >
          <tr>
            {columns.map((column) =>
              column ? (
                <th
                  key={column.key}
                  scope="col"
                  className={join([column.padding ?? padding, "font-medium", column.className ?? ""])}
                >
                  {column.label}
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody className={join(["divide-y divide-slate-100", bodyClassName ?? ""])}>{children}</tbody>
      </table>
    </div>
  );
}

/** The dashed box shown in place of an empty list; children are its text (and, say, a link onward). */
export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
      {children}
    </p>
  );
}

const join = (classes: string[]) => classes.filter(Boolean).join(" ");
