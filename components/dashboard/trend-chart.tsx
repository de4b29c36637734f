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

/**
 * The plot's own coordinates. The plot stretches to its box (preserveAspectRatio="none"), so its width
 * follows the screen's and its lines keep their stroke (non-scaling-stroke); the axis labels are HTML
 * beside it, at the page's own font size. Drawn inside a scaled SVG, 11 px labels read 4 px high on a
 * phone.
 */
const WIDTH = 1000;
const HEIGHT = 100;

/** A coordinate to a tenth of a unit: finer adds bytes to the page, not sharpness. */
const r1 = (v: number) => Math.round(v * 10) / 10;
/** A label's place along an axis, as a share of the plot. */
const pct = (v: number, of: number) => `${r1((v / of) * 100)}%`;

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
    d += `${pen ? "L" : "M"}${x(i)},${y(v)}`;
    pen = true;
  });
  return d;
}

/** A data table column's one scale: its header naming the unit, and its cells in that unit. */
export type ColumnScaleOf = (values: (number | null)[]) => {
  header: (label: string) => string;
  format: (value: number) => string;
};

/** How a chart names its values: the axis unit, said once above the axis, and a tick in that unit. */
export type ChartAxis = (ticks: number[]) => { unit: string; format: (value: number) => string };

export function TrendChart({
  id,
  title,
  description,
  categories,
  categoryLabel,
  tickLabel,
  series,
  axis,
  tableLabel,
  categoryHeader,
  columnScale,
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
  axis: ChartAxis;
  tableLabel: string;
  categoryHeader: string;
  /** Each data table column's scale (see {@link ChartTable}). */
  columnScale: ColumnScaleOf;
  extraColumns?: { header: string; values: string[] }[];
  /** False when the figures are in a table of their own next to the chart (see {@link ChartTable}). */
  table?: boolean;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const { unit, format } = axis(ticks);
  const band = WIDTH / Math.max(1, categories.length);
  const x = (i: number) => r1(band * (i + 0.5));
  const y = (v: number) => r1(HEIGHT - (v / top) * HEIGHT);
  const bars = series.filter((s) => s.kind === "bar");
  const barWidth = (band * 0.7) / Math.max(1, bars.length);
  const barW = r1(Math.max(1, barWidth - 1));

  return (
    <figure className="w-full break-inside-avoid">
      {/* The axis labels are for the eye; screen readers get the chart's name and description from the SVG
          and its figures from the data table. */}
      <div className="relative h-56 pt-6 pb-6 pl-12 text-xs text-slate-600 tabular-nums sm:h-72">
        <span className="absolute top-0 left-0" aria-hidden="true">
          {unit}
        </span>
        <div className="relative h-full">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            className="absolute inset-0 block h-full w-full overflow-visible"
          >
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{description}</desc>
            <path
              d={ticks.map((t) => `M0 ${y(t)}H${WIDTH}`).join("")}
              stroke={`#e2e8f0`}
              vectorEffect="non-scaling-stroke"
            />
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
                  vectorEffect="non-scaling-stroke"
                />
              ))}
            <path d={`M0 ${y(0)}H${WIDTH}`} stroke="#94a3b8" vectorEffect="non-scaling-stroke" />
          </svg>
          {/* The labels' classes once on their box, not on each label: the page is lighter. */}
          <div className="absolute inset-0 *:absolute *:right-full *:mr-1.5 *:-translate-y-1/2" aria-hidden="true">
            {ticks.map((t) => (
              <span key={t} style={{ top: pct(y(t), HEIGHT) }}>
                {format(t)}
              </span>
            ))}
          </div>
          <div className="absolute inset-0 *:absolute *:top-full *:mt-1 *:-translate-x-1/2" aria-hidden="true">
            {categories.map((c, i) => {
              const label = tickLabel(c, i);
              return label ? (
                <span key={c} style={{ left: pct(x(i), WIDTH) }}>
                  {label}
                </span>
              ) : null;
            })}
          </div>
        </div>
      </div>
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
          columnScale={columnScale}
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
  columnScale,
  extraColumns = [],
}: {
  caption: string;
  tableLabel: string;
  categoryHeader: string;
  categories: string[];
  categoryLabel: (category: string) => string;
  series: { label: string; values: (number | null)[] }[];
  columnScale: ColumnScaleOf;
  extraColumns?: { header: string; values: string[] }[];
}) {
  const scales = series.map((s) => columnScale(s.values));
  return (
    <FoldedTable
      summary={tableLabel}
      caption={caption}
      head={
        <tr>
          <th scope="col" className="px-3 py-1.5 font-medium">
            {categoryHeader}
          </th>
          {series.map((s, i) => (
            <th key={s.label} scope="col" className="px-3 py-1.5 text-right font-medium">
              {scales[i].header(s.label)}
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
        ...series.map((s, j) => (s.values[i] === null ? "—" : scales[j].format(s.values[i]!))),
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
