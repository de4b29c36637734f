import Link from "next/link";
import type { SortLink } from "@/lib/paging";

/** One header cell of a {@link DataTable}. */
export type DataTableColumn = {
  key: string;
  label: React.ReactNode;
  /** Added to the header cell's classes, e.g. "text-right" over a column of figures. */
  className?: string;
  /** This column's header padding, where it differs from the table's (narrow month columns). */
  padding?: CellPadding;
  /** A sortable column: its header is a link (from listLinks().sort), marked with aria-sort when sorted by it. */
  sort?: SortLink;
};

/** Header cell padding; it matches the padding the rows give their cells. */
export type CellPadding = "px-3 py-2" | "px-4 py-2" | "px-3 py-1.5" | "px-2 py-2";

/**
 * A list table: a header row of `<th scope="col">` cells and the rows given as
 * children, which bring their own `<th scope="row">` and `<td>` cells.
 * Columns that are `false`, `null` or `undefined` are left out, so a column
 * shown only to some users can be written inline.
 *
 * On a narrow screen the table scrolls inside its box, never the page: the
 * first column (the row's name) stays in place, and a shadow at the edge
 * shows that more columns lie beyond it.
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
  const wrapper = [
    // relative: the scroll box is the containing block of the cells' absolutely placed sr-only text, which
    // otherwise escapes it and widens a phone's page.
    "relative max-w-full overflow-x-auto overscroll-x-contain",
    SCROLL_SHADOWS,
    boxed ? "rounded-lg border border-slate-200" : "",
    className ?? "",
  ];
  return (
    <div
      className={join(wrapper)}
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : undefined)}
    >
      <table
        className={`min-w-full text-sm ${STICKY_FIRST} ${head === "shaded" ? "[&_thead_tr>:first-child]:bg-slate-50" : "[&_thead_tr>:first-child]:bg-white"}`}
      >
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
                  aria-sort={
                    column.sort
                      ? column.sort.dir === "asc"
                        ? "ascending"
                        : column.sort.dir === "desc"
                          ? "descending"
                          : "none"
                      : undefined
                  }
                >
                  {column.sort ? (
                    <Link
                      href={column.sort.href}
                      className="inline-flex items-center gap-1 text-inherit underline-offset-2 hover:underline"
                    >
                      {column.label}
                      <span aria-hidden="true" className={column.sort.dir ? "text-slate-800" : "text-slate-300"}>
                        {column.sort.dir === "desc" ? "▼" : "▲"}
                      </span>
                    </Link>
                  ) : (
                    column.label
                  )}
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

// Scroll shadows: white covers (scrolling with the content) over grey shadows
// (fixed to the box), so a shadow shows only on a side with more to scroll to.
const SCROLL_SHADOWS =
  "bg-white [background:linear-gradient(to_left,white_30%,rgb(255_255_255/0))_right/2.5rem_100%_no-repeat_local,radial-gradient(farthest-side_at_100%_50%,rgb(15_23_42/0.18),transparent)_right/0.9rem_100%_no-repeat_scroll,white]";

// The row's first cell stays at the left edge while the others scroll, with a
// hairline shadow on its right; on wide screens nothing scrolls, so it is inert.
const STICKY_FIRST =
  "[&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_tr>:first-child]:z-[1] [&_tbody_tr>:first-child]:bg-white max-sm:[&_tr>:first-child]:shadow-[1px_0_0_0_rgb(226_232_240)]";
