import { DataTable } from "@/components/ui/data-table";

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
  default?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
};

/** A JSON Schema in a few words: "string, pattern ^…$", "array of Sku", "integer, 0 to 1000". */
export function describeType(s: Schema | undefined): string {
  if (!s) return "any";
  if (s.$ref) return s.$ref.split("/").pop() ?? s.$ref;
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(describeType).join(" | ");
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  if (type === "array")
    return `array of ${describeType(s.items)}${s.maxItems !== undefined ? ` (≤ ${s.maxItems})` : ""}`;
  if (type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") {
    return `object: ${describeType(s.propertyNames ?? { type: "string" })} → ${describeType(s.additionalProperties)}`;
  }
  // A format (date-time) says more than its long pattern; safe-integer bounds say nothing.
  const bounded = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  const [min, max] = [bounded(s.minimum), bounded(s.maximum)];
  const extras = [
    s.format,
    s.pattern && !s.format ? `pattern ${s.pattern}` : null,
    min !== undefined || max !== undefined ? `${min ?? "…"} to ${max ?? "…"}` : null,
    s.maxLength !== undefined ? `≤ ${s.maxLength} chars` : null,
  ].filter(Boolean);
  return extras.length ? `${type}, ${extras.join(", ")}` : type;
}

/** The properties of an object schema as a table. */
export function SchemaTable({
  schema,
  labels,
  scrollLabel,
}: {
  schema: Schema;
  labels: { name: string; type: string; required: string; description: string; yes: string; no: string };
  /** Names the table's box, which a keyboard can then focus and scroll on a narrow screen. */
  scrollLabel: string;
}) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {});
  if (!rows.length) return <p className="font-mono text-sm">{describeType(schema)}</p>;
  return (
    <DataTable
      scrollLabel={scrollLabel}
      boxed={false}
      head="ruled"
      columns={[
        { key: "name", label: labels.name },
        { key: "type", label: labels.type },
        { key: "required", label: labels.required },
        { key: "description", label: labels.description },
      ]}
    >
      {rows.map(([name, prop]) => (
        <tr key={name}>
          <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium">
            {name}
          </th>
          <td className="px-3 py-2 font-mono text-xs break-all">{describeType(prop)}</td>
          <td className="px-3 py-2">{required.has(name) ? labels.yes : labels.no}</td>
          <td className="px-3 py-2 text-slate-700">
            {prop.description ?? ""}
            {prop.default !== undefined ? (
              <span className="ml-1 text-slate-500">(default {JSON.stringify(prop.default)})</span>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

export type { Schema };
