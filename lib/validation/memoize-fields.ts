import { z } from "zod";

// A faster way to run the same rules over many rows whose cells repeat (an
// import of 50,000 SKUs names a handful of HS codes, currencies, market lists
// and warehouses): each field's own schema runs once per distinct value and
// its answer is reused. The rules stay where they are; nothing is written twice.

type Answer = { ok: true; value: unknown } | { ok: false };

/** Distinct values remembered per field; later new values are checked each time, as before. */
const MAX_REMEMBERED = 4096;

/** Texts joined unambiguously: each with its length first. */
function joinTexts(texts: readonly unknown[]): string | null {
  let key = "";
  for (const text of texts) {
    if (typeof text !== "string") return null;
    key += text.length + ":" + text;
  }
  return key;
}

/** A key for plain text, a list of texts or a record of texts (what CSV cells become); null for anything else. */
function memoKey(input: unknown): string | null {
  if (input === undefined) return "u";
  if (typeof input === "string") return "s" + input;
  if (Array.isArray(input)) {
    const key = joinTexts(input);
    return key === null ? null : "a" + key;
  }
  if (typeof input === "object" && input !== null && Object.getPrototypeOf(input) === Object.prototype) {
    const key = joinTexts(Object.entries(input).flat());
    return key === null ? null : "o" + key;
  }
  return null;
}

/** A copy of a remembered value, so no two rows share one list or record. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  }
  return value;
}

function remembering(field: z.ZodType) {
  const answers = new Map<string, Answer>();
  return z.unknown().transform((input, ctx) => {
    const key = memoKey(input);
    let answer = key === null ? undefined : answers.get(key);
    if (!answer) {
      const parsed = field.safeParse(input);
      answer = parsed.success ? { ok: true, value: parsed.data } : { ok: false };
      if (key !== null && answers.size < MAX_REMEMBERED) answers.set(key, answer);
    }
    if (answer.ok) return copy(answer.value);
    // The caller runs the whole schema again for the real problems.
    ctx.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  });
}

type Rebuildable = z.ZodType & { clone(def: unknown): z.ZodType };

function withRemembered(schema: Rebuildable, fields: readonly string[]): z.ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === "pipe") {
    return schema.clone({ ...def, in: withRemembered(def.in as Rebuildable, fields) });
  }
  if (def.type === "object") {
    const shape = (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    const remembered = Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [key, fields.includes(key) ? remembering(field) : field]),
    );
    return schema.clone({ ...def, shape: remembered });
  }
  throw new Error(`memoizeFields: an object schema or a pipe from one was expected, not ${def.type}`);
}

/**
 * The same object schema (with its refinements and its final transform),
 * whose named fields each remember their answer per distinct input.
 *
 * Use: `safeParse` with it first; if it succeeds, its data is what the
 * original gives (every field's value is the field's own answer, and the
 * object's checks and transform are the original's). If it fails, parse with
 * the original for the problems themselves: this one only says "not valid".
 * The rules are pure, so the memory may outlive a batch; it is bounded (4,096
 * values a field) and never grows past that.
 */
export function memoizeFields<T extends z.ZodType>(schema: T, fields: readonly string[]) {
  const fast = withRemembered(schema as unknown as Rebuildable, fields);
  return {
    safeParse(input: unknown): z.ZodSafeParseResult<z.output<T>> {
      const quick = fast.safeParse(input);
      return quick.success ? (quick as z.ZodSafeParseResult<z.output<T>>) : schema.safeParse(input);
    },
  };
}
