import "server-only";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { FieldIssue } from "./context";

type Translator = { (key: string, params?: Record<string, string>): string; has(key: string): boolean };

/** The form field an issue belongs to: each warehouse's quantity has its own input. */
function fieldName(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === "stock" && second) return `stock_${second}`;
  return first ?? "form";
}

/**
 * The first problem of each SKU form field, in the reader's language: the
 * SKU rules' keys (skuValidation) first, then the shared ones (validation).
 */
export function skuFieldErrors(
  issues: readonly (FieldIssue | z.core.$ZodIssue)[],
  tSku: Translator,
  tv: Translator,
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldName(issue.path);
    if (out[field]) continue;
    const value = "value" in issue && typeof issue.value === "string" ? issue.value : "";
    out[field] = tSku.has(issue.message)
      ? tSku(issue.message, { value })
      : tv(tv.has(issue.message) ? issue.message : "invalid");
  }
  return out;
}
