import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { BreakdownRow } from "@/lib/server/dashboard/breakdowns";
import { BreakdownGrid } from "./breakdown-grid";
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
        <BreakdownGrid
          scrollLabel={scales.scrollLabel(title)}
          columns={[
            ...(ranked ? [{ label: t("columns.rank"), kind: "rank" as const }] : []),
            { label: labelHeader, kind: "name" },
            ...(extraHeader ? [{ label: extraHeader, kind: "extra" as const }] : []),
            { label: money.header(t("columns.current", { year })), kind: "figure" },
            { label: money.header(t("columns.previous", { year: previousYear })), kind: "previous" },
            { label: t("columns.yoy"), kind: "figure" },
            { label: t("columns.share"), kind: "figure" },
            ...(showCount ? [{ label: t("columns.count"), kind: "figure" as const }] : []),
            ...(noteHeader ? [{ label: noteHeader, kind: "note" as const }] : []),
          ]}
          rows={rows.map((r, i) => [
            ...(ranked ? [i + 1] : []),
            r.label,
            ...(extraHeader ? [r.extra] : []),
            money.format(r.current),
            hasPrevious ? money.format(r.previous) : { dash: noPrevious },
            !hasPrevious
              ? { dash: noPrevious, tone: "0" }
              : r.yoy === null
                ? { dash: t("noBase", { year: previousYear }), tone: "0" }
                : { text: formatChange(r.yoy, locale), tone: r.yoy < 0 ? "-1" : "1" },
            formatPercent(r.share, locale),
            ...(showCount ? [formatNumber(r.count, locale)] : []),
            ...(noteHeader ? [r.note] : []),
          ])}
        />
      )}
    </section>
  );
}
