"use client";

/** The circles of one value class: their colour and radius, and each market's x, y and title (name and value). */
export type MarkerClass = { fill: string; r: number; markers: [x: number, y: number, title: string][] };

/**
 * The market circles of {@link WorldMap}, by value class, largest first. The server computes them; as
 * lists of plain values they reach the browser once, with the same circles in the HTML, instead of an
 * element-by-element description of some hundred circles and titles.
 */
export function MapMarkers({ classes }: { classes: MarkerClass[] }) {
  return (
    <g fillOpacity={0.85} stroke="#ffffff" strokeWidth={1}>
      {classes.map(({ fill, r, markers }) => (
        <g key={fill} fill={fill}>
          {markers.map(([x, y, title], i) => (
            <circle key={i} cx={x} cy={y} r={r}>
              <title>{title}</title>
            </circle>
          ))}
        </g>
      ))}
    </g>
  );
}
