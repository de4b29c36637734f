// A small server-rendered SVG chart (bars and lines over months), with its
// figures as a data table for screen readers and for anyone who wants the
// numbers. No script and no chart library.

import { FoldedTable } from "./folded-table";

export type ChartSeries = {
  label: string;
  values: (number | null)[];
  kind: "line" | "bar";
  colour: string;
  dashed?: boolean;
};

const WIDTH = 760;
const HEIGHT = 280;
const M = { left: 84, right: 12, top: 14, bottom: 30 };

/** A coordinate to a tenth of a unit: finer adds bytes to the page, not sharpness. */
const r1 = (v: number) => Math.round(v * 10) / 10;

/** A round step for about `count` axis ticks up to max. */
function niceStep(max: number, count = 4): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 2.5, 5, 10].find((u) => u * power >= raw) ?? 10;
  return unit * power;
}

function linePath(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) return void (pen = false);
    d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

export function TrendChart({
  id,
  title,
  description,
  categories,
  categoryLabel,
  tickLabel,
  series,
  formatValue,
  tableLabel,
  categoryHeader,
  extraColumns = [],
  table = true,
}: {
  id: string;
  title: string;
  description: string;
  categories: string[];
  categoryLabel: (category: string) => string;
  /** The label under the x axis for a category, or null for none. */
  tickLabel: (category: string, index: number) => string | null;
  series: ChartSeries[];
  formatValue: (value: number) => string;
  tableLabel: string;
  categoryHeader: string;
  extraColumns?: { header: string; values: string[] }[];
  /** False when the figures are in a table of their own next to the chart (see {@link ChartTable}). */
  table?: boolean;
}) {
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const band = plotW / Math.max(1, categories.length);
  const x = (i: number) => r1(M.left + band * (i + 0.5));
  const y = (v: number) => r1(M.top + plotH - (v / top) * plotH);
  const bars = series.filter((s) => s.kind === "bar");
  const barWidth = (band * 0.7) / Math.max(1, bars.length);
  const barW = r1(Math.max(1, barWidth - 1));

  return (
    <figure className="w-full break-inside-avoid">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g stroke="#e2e8f0">
          {ticks.map((t) => (
            <line key={t} x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g textAnchor="end" fontSize="11" fill="#475569">
          {ticks.map((t) => (
            <text key={t} x={M.left - 6} y={r1(y(t) + 4)}>
              {formatValue(t)}
            </text>
          ))}
        </g>
        {/* Each series' bars are one path of rectangles: one element instead of one per month. */}
        {bars.map((s, b) => (
          <path
            key={s.label}
            fill={s.colour}
            d={s.values
              .map((v, i) =>
                v === null || v <= 0
                  ? ""
                  : `M${r1(x(i) - band * 0.35 + b * barWidth)} ${y(v)}h${barW}v${r1(Math.max(0, y(0) - y(v)))}h-${barW}z`,
              )
              .join("")}
          />
        ))}
        {series
          .filter((s) => s.kind === "line")
          .map((s) => (
            <path
              key={s.label}
              d={linePath(s.values, x, y)}
              fill="none"
              stroke={s.colour}
              strokeWidth={2.5}
              strokeDasharray={s.dashed ? "6 4" : undefined}
            />
          ))}
        <line x1={M.left} x2={WIDTH - M.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" />
        <g textAnchor="middle" fontSize="11" fill="#475569">
          {categories.map((c, i) => {
            const label = tickLabel(c, i);
            return label ? (
              <text key={c} x={x(i)} y={HEIGHT - 10}>
                {label}
              </text>
            ) : null;
          })}
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1.5">
            <svg width="22" height="10" aria-hidden="true">
              {s.kind === "bar" ? (
                <rect width="22" height="10" fill={s.colour} />
              ) : (
                <line
                  x1="0"
                  x2="22"
                  y1="5"
                  y2="5"
                  stroke={s.colour}
                  strokeWidth="2.5"
                  strokeDasharray={s.dashed ? "5 3" : undefined}
                />
              )}
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      {table ? (
        <ChartTable
          caption={title}
          tableLabel={tableLabel}
          categoryHeader={categoryHeader}
          categories={categories}
          categoryLabel={categoryLabel}
          series={series}
          formatValue={formatValue}
          extraColumns={extraColumns}
        />
      ) : null}
    </figure>
  );
}

/**
 * A chart's figures as a table, folded away under "view the data table": months down, series across. Its
 * rows are drawn when it is opened ({@link FoldedTable}).
 */
export function ChartTable({
  caption,
  tableLabel,
  categoryHeader,
  categories,
  categoryLabel,
  series,
  formatValue,
  extraColumns = [],
}: {
  caption: string;
  tableLabel: string;
  categoryHeader: string;
  categories: string[];
  categoryLabel: (category: string) => string;
  series: { label: string; values: (number | null)[] }[];
  formatValue: (value: number) => string;
  extraColumns?: { header: string; values: string[] }[];
}) {
  return (
    <FoldedTable
      summary={tableLabel}
      caption={caption}
      head={
        <tr>
          <th scope="col" className="px-3 py-1.5 font-medium">
            {categoryHeader}
          </th>
          {series.map((s) => (
            <th key={s.label} scope="col" className="px-3 py-1.5 text-right font-medium">
              {s.label}
            </th>
          ))}
          {extraColumns.map((c) => (
            <th key={c.header} scope="col" className="px-3 py-1.5 font-medium">
              {c.header}
            </th>
          ))}
        </tr>
      }
      // One rule for all cells instead of the same classes on each of some hundred cells; figures right,
      // the extra columns' text left.
      bodyClassName={`divide-y divide-slate-100 *:*:px-3 *:*:py-1 *:*:tabular-nums [&_td]:text-right [&_th]:text-left [&_th]:font-normal ${extraColumns.length === 1 ? "[&_td:last-child]:text-left" : ""}`}
      rows={categories.map((c, i) => [
        categoryLabel(c),
        ...series.map((s) => (s.values[i] === null ? "—" : formatValue(s.values[i]!))),
        ...extraColumns.map((col) => col.values[i]),
      ])}
      columnClasses={
        extraColumns.length > 1
          ? [undefined, ...series.map(() => undefined), ...extraColumns.map(() => "text-left!")]
          : undefined
      }
    />
  );
}
