import { getTranslations } from "next-intl/server";
import geometry from "./market-points.json";
import { binIndex, valueBins, type Bin } from "./bins";
import { MapMarkers, type MarkerClass } from "./map-markers";

/**
 * Where the base map is served (app/maps/world.svg/route.ts): one SVG document with the land outline
 * and the South China Sea islands inset, cached for a year under its version. Generated with
 * `node scripts/build-world-map.mjs`.
 */
export const WORLD_MAP_URL = `/maps/world.svg?v=${geometry.version}`;

const { width: WIDTH, height: HEIGHT, inset: INSET } = geometry;
const POINTS: Readonly<Record<string, readonly number[] | undefined>> = geometry.points;

const COLOURS = ["#9ec3e6", "#5f9bd3", "#2f74b5", "#1d5a9c", "#0f3d6e"];
const RADII = [5, 7.5, 10.5, 14, 18];

/** A class's colour and circle radius, spread over the scale whatever the number of classes. */
function style(index: number, count: number) {
  const at = count <= 1 ? COLOURS.length - 1 : Math.round((index * (COLOURS.length - 1)) / (count - 1));
  return { fill: COLOURS[at], r: RADII[at] };
}

/**
 * A schematic world map: each market is a circle, sized and coloured by its class, over the land mass.
 * No national borders are drawn (the data that ships with the project does not follow China's standard
 * boundary); the South China Sea islands are shown in an inset. Only the circles are in the page: the
 * base map is an image fetched once. The data table beside the map is the accessible form of the same
 * figures; each circle's title gives its name and value.
 */
export async function WorldMap({
  values,
  label,
  nameOf,
  formatValue,
}: {
  values: Record<string, number>;
  label: string;
  nameOf: (alpha2: string) => string;
  formatValue: (value: number) => string;
}) {
  const t = await getTranslations("maps");
  const { bins, thresholds } = valueBins(Object.values(values));
  const markers = Object.entries(values)
    .flatMap(([code, value]) => {
      const point = POINTS[code];
      return point && value > 0
        ? [{ code, value, x: point[0], y: point[1], ...style(binIndex(value, thresholds), bins.length) }]
        : [];
    })
    // The largest first, so that a small market next to a large one stays visible on top.
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : 1));
  // Sorted by value, the circles of a class follow one another: each class is one group.
  const markerClasses: MarkerClass[] = [];
  for (const m of markers) {
    const last = markerClasses[markerClasses.length - 1];
    const title = t("marker", { name: nameOf(m.code), value: formatValue(m.value) });
    if (last && last.fill === m.fill && last.r === m.r) last.markers.push([m.x, m.y, title]);
    else markerClasses.push({ fill: m.fill, r: m.r, markers: [[m.x, m.y, title]] });
  }
  const binLabel = (bin: Bin) => {
    switch (bin.kind) {
      case "below":
        return t("bins.below", { to: formatValue(bin.to) });
      case "between":
        return t("bins.between", { from: formatValue(bin.from), to: formatValue(bin.to) });
      case "atLeast":
        return t("bins.atLeast", { from: formatValue(bin.from) });
      case "only":
        return formatValue(bin.value);
    }
  };
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="block h-auto w-full">
        <image href={WORLD_MAP_URL} x={0} y={0} width={WIDTH} height={HEIGHT} />
        <MapMarkers classes={markerClasses} />
      </svg>
      {/* The labels sit under the map, where no circle can be: "schematic" on the left and the inset's name
          centred under the inset, which is at the map's bottom edge. Over the map, at phone widths, they
          covered circles. */}
      <div className="relative mt-1 h-4 text-[11px] leading-4 whitespace-nowrap text-slate-700 sm:text-xs">
        <span className="absolute left-0 font-medium">{t("schematic")}</span>
        <span className="absolute -translate-x-1/2" style={{ left: `${((INSET.x + INSET.width / 2) / WIDTH) * 100}%` }}>
          {t("inset")}
        </span>
      </div>
      <figcaption className="mt-3 text-xs text-slate-700">
        {bins.length ? (
          <>
            <span className="font-medium">{t("legend")}</span>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1.5">
              {bins.map((bin, i) => {
                const s = style(i, bins.length);
                return (
                  <li key={i} className="flex items-center gap-1.5">
                    <svg width={2 * RADII[RADII.length - 1] * 0.8} height={2 * s.r * 0.8} aria-hidden="true">
                      <circle
                        cx={RADII[RADII.length - 1] * 0.8}
                        cy={s.r * 0.8}
                        r={s.r * 0.8 - 0.5}
                        fill={s.fill}
                        stroke="#ffffff"
                      />
                    </svg>
                    <span>{binLabel(bin)}</span>
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <span>{t("noValues")}</span>
        )}
        <p className="mt-2 text-slate-600">{t("note")}</p>
      </figcaption>
    </figure>
  );
}
