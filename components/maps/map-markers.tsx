"use client";

/** One market's circle: x, y, radius, colour and its title (name and value). */
export type MapMarker = [x: number, y: number, r: number, fill: string, title: string];

/**
 * The market circles of {@link WorldMap}. The server computes them; as a list of plain values they
 * reach the browser once, with the same circles in the HTML, instead of an element-by-element
 * description of some hundred circles and titles.
 */
export function MapMarkers({ markers }: { markers: MapMarker[] }) {
  return (
    <g fillOpacity={0.85} stroke="#ffffff" strokeWidth={1}>
      {markers.map(([x, y, r, fill, title], i) => (
        <circle key={i} cx={x} cy={y} r={r} fill={fill}>
          <title>{title}</title>
        </circle>
      ))}
    </g>
  );
}
