/**
 * FormData as a plain object for zod: the named fields as arrays (for
 * multi-selects and checkbox groups), every other field as its last string.
 */
export function formToObject(formData: FormData, arrayFields: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrayFields.includes(key) ? values : (values.at(-1) ?? "");
  }
  for (const key of arrayFields) out[key] ??= [];
  return out;
}
