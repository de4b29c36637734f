import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { CompactRows } from "@/components/ui/compact-rows";
import { DataTable } from "@/components/ui/data-table";
import { formatNumber } from "@/lib/i18n/format";
import type { BreakdownRow } from "@/lib/server/dashboard/breakdowns";
import { CardHeading } from "./card-heading";
import { formatChange, formatPercent } from "./format";
import { getFigureScales } from "./scales";

export type LabelledRow = BreakdownRow & { label: React.ReactNode; extra?: React.ReactNode; note?: React.ReactNode };

/** A breakdown of the period against the same period last year, with its CSV export. */
export async function BreakdownTable({
  id,
  title,
  note,
  csvHref,
  labelHeader,
  extraHeader,
  noteHeader,
  rows,
  year,
  locale,
  ranked = false,
  showCount = true,
  hasPrevious = true,
}: {
  id: string;
  title: string;
  note?: string;
  csvHref?: string;
  labelHeader: string;
  extraHeader?: string;
  noteHeader?: string;
  rows: LabelledRow[];
  year: number;
  locale: Locale;
  ranked?: boolean;
  showCount?: boolean;
  /** Whether the same period a year before has any figures; without them both comparison columns show "—". */
  hasPrevious?: boolean;
}) {
  const [t, scales] = await Promise.all([getTranslations("dashboard.tables"), getFigureScales(locale)]);
  // This year and the year before in one unit, so that the two columns compare at a glance.
  const money = scales.cny(rows.flatMap((r) => (hasPrevious ? [r.current, r.previous] : [r.current])));
  const previousYear = year - 1;
  const noPrevious = t("noPreviousCell", { year: previousYear });
  const change = (r: BreakdownRow) =>
    r.yoy === null ? "text-slate-500" : r.yoy < 0 ? "text-red-700" : "text-emerald-800";
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <CardHeading id={`${id}-title`} title={title} csv={csvHref ? { href: csvHref, table: title } : undefined} />
      {note ? <p className="mb-2 text-xs text-slate-600">{note}</p> : null}
      {hasPrevious ? null : <p className="mb-2 text-xs text-slate-600">{t("noPrevious", { year: previousYear })}</p>}
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          boxed={false}
          scrollLabel={scales.scrollLabel(title)}
          padding="px-2 py-2"
          // The cells' padding, alignment and figures once for the body, not on each cell: figures right
          // and unbroken; the row's name, rank and text columns left. Each cell is the containing block of
          // its "—" text for screen readers, which otherwise sits outside the scrolling box and widens the
          // page on a phone.
          bodyClassName="*:*:px-2 *:*:py-1.5 *:*:tabular-nums [&_td]:relative [&_td]:text-right [&_td]:whitespace-nowrap [&_th]:min-w-28 [&_th]:text-left [&_th]:font-medium"
          columns={[
            ranked && { key: "rank", label: t("columns.rank") },
            { key: "label", label: labelHeader },
            extraHeader ? { key: "extra", label: extraHeader } : null,
            { key: "current", label: money.header(t("columns.current", { year })), className: "text-right" },
            {
              key: "previous",
              label: money.header(t("columns.previous", { year: previousYear })),
              className: "text-right",
            },
            { key: "yoy", label: t("columns.yoy"), className: "text-right" },
            { key: "share", label: t("columns.share"), className: "text-right" },
            showCount && { key: "count", label: t("columns.count"), className: "text-right" },
            noteHeader ? { key: "note", label: noteHeader } : null,
          ]}
        >
          <CompactRows
            rowHeader={ranked ? 1 : 0}
            columnClasses={[
              ...(ranked ? ["text-left!"] : []),
              undefined,
              ...(extraHeader ? ["min-w-40 text-left! whitespace-normal! text-slate-700"] : []),
              undefined,
              "text-slate-700",
              undefined,
              undefined,
              ...(showCount ? [undefined] : []),
              ...(noteHeader ? ["min-w-32 text-left! whitespace-normal! text-xs text-slate-600"] : []),
            ]}
            rows={rows.map((r, i) => [
              ...(ranked ? [i + 1] : []),
              r.label,
              ...(extraHeader ? [r.extra] : []),
              money.format(r.current),
              hasPrevious ? money.format(r.previous) : { dash: noPrevious },
              !hasPrevious
                ? { dash: noPrevious, className: change(r) }
                : r.yoy === null
                  ? { dash: t("noBase", { year: previousYear }), className: change(r) }
                  : { text: formatChange(r.yoy, locale), className: change(r) },
              formatPercent(r.share, locale),
              ...(showCount ? [formatNumber(r.count, locale)] : []),
              ...(noteHeader ? [r.note] : []),
            ])}
          />
        </DataTable>
      )}
    </section>
  );
}
