import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json";

type Shape = { alpha2: string | undefined; d: string };

let shapes: Shape[] | undefined;
const WIDTH = 960;
const HEIGHT = 500;

/** The world's countries as SVG paths, keyed by ISO 3166-1 alpha-2; computed once. */
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
  const path = geoPath(projection);
  shapes = collection.features
    .map((f) => ({
      alpha2: countries.numericToAlpha2(String(f.id).padStart(3, "0")),
      d: path(f) ?? "",
    }))
    .filter((s) => s.d);
  return shapes;
}

const SCALE = ["#dbe8f5", "#a9c8e8", "#6fa3d6", "#3b7bbf", "#1d5a9c", "#0f3d6e"];

/**
 * A server-rendered choropleth: no script, readable without colour (each
 * country's title gives its name and value), with a legend. The data table
 * beside it is the accessible form of the same figures.
 */
export function WorldMap({
  values,
  label,
  nameOf,
  formatValue,
  legendLow,
  legendHigh,
}: {
  values: Record<string, number>;
  label: string;
  nameOf: (alpha2: string) => string;
  formatValue: (value: number) => string;
  legendLow: string;
  legendHigh: string;
}) {
  const max = Math.max(0, ...Object.values(values));
  const colour = (v: number | undefined) => {
    if (!v || max <= 0) return "#eef1f5";
    // A log scale, so one big market does not wash the others out.
    const step = Math.min(SCALE.length - 1, Math.floor((Math.log1p(v) / Math.log1p(max)) * (SCALE.length - 1)));
    return SCALE[step];
  };
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full">
        <rect width={WIDTH} height={HEIGHT} fill="#f8fafc" />
        {worldShapes().map((s, i) => {
          const v = s.alpha2 ? values[s.alpha2] : undefined;
          return (
            <path key={`${s.alpha2 ?? "x"}-${i}`} d={s.d} fill={colour(v)} stroke="#ffffff" strokeWidth={0.5}>
              {s.alpha2 ? <title>{`${nameOf(s.alpha2)}${v ? `: ${formatValue(v)}` : ""}`}</title> : null}
            </path>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex items-center gap-2 text-xs text-slate-600">
        <span>{legendLow}</span>
        <span className="flex" aria-hidden="true">
          {SCALE.map((c) => (
            <span key={c} className="h-3 w-6" style={{ background: c }} />
          ))}
        </span>
        <span>{legendHigh}</span>
      </figcaption>
    </figure>
  );
}
