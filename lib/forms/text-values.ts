/** What was typed into a form whose fields are all single strings, to show again after a refusal. */
export type TextValues = Record<string, string>;

/** The string fields of a parsed form (a file input carries no text). */
export function textValues(raw: Record<string, unknown>): TextValues {
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
