import type { z } from "zod";

export type FieldErrors = Record<string, string>;
type Translator = { (key: string): string; has(key: string): boolean };

/**
 * The first problem of each field, translated. Zod messages are keys of the
 * `validation` namespace; anything else (a wrong type, say) reads "invalid".
 */
export function translateFieldErrors(error: z.ZodError, t: Translator): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    out[field] = t(t.has(issue.message) ? issue.message : "invalid");
  }
  return out;
}
