import type { FieldErrors } from "./form-state";

export type { FieldErrors };

/**
 * A problem with one field, as zod and the use cases report it: a message
 * key, and what fills the key's placeholders (`value` fills `{value}`).
 */
export type FieldIssue = {
  path: readonly PropertyKey[];
  message: string;
  value?: string;
  params?: Record<string, string | number>;
};

export type Translator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** The input a problem belongs to: the field, or `field_key` for an entry of a record (a warehouse's stock). */
export function fieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === undefined) return "form";
  return typeof second === "string" ? `${String(first)}_${second}` : String(first);
}

/**
 * The first problem of each field in the reader's language. `t` translates
 * from the root of the catalog; a message key is looked up in each namespace
 * in turn, then in `validation`; a key found nowhere reads "invalid".
 */
export function translateIssues(
  issues: readonly FieldIssue[],
  t: Translator,
  namespaces: readonly string[] = [],
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (out[field]) continue;
    const key = [...namespaces, "validation"].map((ns) => `${ns}.${issue.message}`).find((k) => t.has(k));
    out[field] = key ? t(key, { value: issue.value ?? "", ...issue.params }) : t("validation.invalid");
  }
  return out;
}

/** Codes a use case gave per field (`{ code: "codeTaken" }`) as issues. */
export function codeIssues(codes: Record<string, string>): FieldIssue[] {
  return Object.entries(codes).map(([field, message]) => ({ path: [field], message }));
}

/** @deprecated being replaced by `translateIssues` through `formAction`. */
export function translateFieldErrors(
  error: { issues: readonly FieldIssue[] },
  t: { (key: string): string; has(key: string): boolean },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    out[field] = t(t.has(issue.message) ? issue.message : "invalid");
  }
  return out;
}
