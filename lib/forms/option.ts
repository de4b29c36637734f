/** One choice of a select, checkbox group or multi-select; `group` puts it under a heading. */
export type Option = { value: string; label: string; group?: string };
