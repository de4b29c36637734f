/** The event form's fields as typed (the partners ticked as a list), to show again after a refusal. */
export type EventFormValues = Record<string, string | string[] | undefined>;

/** What was typed into the event form: text fields as strings, the partners ticked as a list. */
export function eventFormValues(raw: Record<string, unknown>): EventFormValues {
  const out: EventFormValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === "string");
  }
  return out;
}
