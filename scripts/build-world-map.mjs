// Generates the world map's geometry, once, from the world-atlas package:
//
//   components/maps/world-geometry.json  the base map as one SVG document (land outline and the South
//                                        China Sea islands inset), served by app/maps/world.svg/route.ts
//                                        with a year-long Cache-Control under a versioned URL
//   components/maps/market-points.json   where each market's circle goes (ISO 3166-1 alpha-2 → x, y in
//                                        the same coordinates), the inset's frame and the version
//
// No national borders are drawn: world-atlas's country outlines (Natural Earth) do not follow China's
// standard boundary, so the base map is the land mass only and each market is a circle at a point.
//
//   node scripts/build-world-map.mjs && npx prettier --write components/maps/*.json
//   (run again after updating world-atlas or changing this script; commit the output)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { geoArea, geoCentroid, geoEqualEarth, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), "utf8"));

const WIDTH = 960;
const PAD = 6;

/** Each polygon of a (Multi)Polygon feature or collection. */
function polygons(geo) {
  const geometries = geo.type === "FeatureCollection" ? geo.features.map((f) => f.geometry) : [geo.geometry ?? geo];
  return geometries.flatMap((g) =>
    g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [],
  );
}
const multi = (polys) => ({ type: "MultiPolygon", coordinates: polys });

// The land mass, without Antarctica (no market there, and it would take a fifth of the height).
const land110 = atlas("land-110m");
const land = multi(polygons(feature(land110, land110.objects.land)).filter((p) => p[0].some(([, lat]) => lat > -60)));

// Equal Earth, centred on 150°E as China's standard world maps are.
const projection = geoEqualEarth()
  .rotate([-150, 0])
  .fitWidth(WIDTH - 2 * PAD, land);
const [[, top], [, bottom]] = geoPath(projection).bounds(land);
projection.translate([projection.translate()[0] + PAD, projection.translate()[1] - top + PAD]);
const HEIGHT = Math.ceil(bottom - top + 2 * PAD);
const path2d = geoPath(projection).digits(1);

// The South China Sea islands inset (南海诸岛): 105°E–125°E, 2°N–25°N on a Mercator projection, drawn
// from the 1:10m land so that the islands show; too small to draw at this scale, an island is a dot.
const INSET_EXTENT = multi([
  [
    [
      [105, 2],
      [105, 25],
      [125, 25],
      [125, 2],
      [105, 2],
    ],
  ],
]);
// In the empty South Pacific, west of South America.
const INSET = { x: 648, y: HEIGHT - PAD - 136, width: 112, height: 132 };
const insetProjection = geoMercator().fitExtent(
  [
    [INSET.x + 2, INSET.y + 2],
    [INSET.x + INSET.width - 2, INSET.y + INSET.height - 2],
  ],
  INSET_EXTENT,
);
insetProjection.clipExtent([
  [INSET.x, INSET.y],
  [INSET.x + INSET.width, INSET.y + INSET.height],
]);
const insetPath = geoPath(insetProjection).digits(1);
const near = (p) => p[0].some(([lon, lat]) => lon > 100 && lon < 130 && lat > -2 && lat < 29);
const tiny = (shape) => {
  const [[x0, y0], [x1, y1]] = geoPath(insetProjection).bounds(shape);
  return x1 - x0 < 1.2 && y1 - y0 < 1.2;
};
const inInset = ([x, y]) => x > INSET.x && x < INSET.x + INSET.width && y > INSET.y && y < INSET.y + INSET.height;
// The coasts from the 1:50m land; the islands from the 1:10m land, each a dot.
const land50 = atlas("land-50m");
let insetLand = "";
for (const p of polygons(feature(land50, land50.objects.land)).filter(near)) {
  const shape = { type: "Polygon", coordinates: p };
  if (!tiny(shape)) insetLand += insetPath(shape) ?? "";
}
const land10 = atlas("land-10m");
const islands = [];
for (const p of polygons(feature(land10, land10.objects.land)).filter(near)) {
  const shape = { type: "Polygon", coordinates: p };
  const c = insetProjection(geoCentroid(shape));
  if (tiny(shape) && c && inInset(c)) islands.push(`M${c[0].toFixed(1)},${c[1].toFixed(1)}h0`);
}

const LAND = "#dfe5ec";
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">`,
  `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f8fafc"/>`,
  `<path d="${path2d(land)}" fill="${LAND}" stroke="#c3ccd7" stroke-width="0.5"/>`,
  `<rect x="${INSET.x}" y="${INSET.y}" width="${INSET.width}" height="${INSET.height}" fill="#ffffff" stroke="#94a3b8" stroke-width="1"/>`,
  `<path d="${insetLand}" fill="${LAND}" stroke="#94a3b8" stroke-width="0.5"/>`,
  `<path d="${islands.join("")}" stroke="#64748b" stroke-width="1.6" stroke-linecap="round"/>`,
  `</svg>`,
].join("");
const version = createHash("sha256").update(svg).digest("hex").slice(0, 12);

// A market's point: the centroid of its largest polygon (so France is in Europe and the United States
// in North America), from the 1:50m countries, which include the small markets (Singapore, Hong Kong).
const countries50 = atlas("countries-50m");
const points = {};
for (const f of feature(countries50, countries50.objects.countries).features) {
  const alpha2 = f.id ? countries.numericToAlpha2(String(f.id).padStart(3, "0")) : undefined;
  if (!alpha2) continue;
  const largest = polygons(f)
    .map((p) => ({ type: "Polygon", coordinates: p }))
    .sort((a, b) => geoArea(b) - geoArea(a))[0];
  const xy = largest && projection(geoCentroid(largest));
  if (!xy || !Number.isFinite(xy[0])) continue;
  points[alpha2] = [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
const sorted = Object.fromEntries(Object.entries(points).sort(([a], [b]) => (a < b ? -1 : 1)));

const out = (file, data) => writeFileSync(path.join(root, file), JSON.stringify(data) + "\n");
out("components/maps/world-geometry.json", { version, svg });
out("components/maps/market-points.json", {
  version,
  width: WIDTH,
  height: HEIGHT,
  inset: INSET,
  points: sorted,
});
console.log(
  `world map ${version}: ${WIDTH}×${HEIGHT}, ${svg.length} bytes of SVG, ${Object.keys(sorted).length} market points, ${islands.length} inset islands as dots`,
);
