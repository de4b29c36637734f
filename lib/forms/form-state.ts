/** What a form shows next to each field: its first problem, in the reader's language. */
export type FieldErrors = Record<string, string>;

/** What was typed, as the form sends it: one string, or a list for multi-selects and checkbox groups. */
export type FormValues = Record<string, string | string[]>;

/**
 * The one state every form action returns. `values` puts back what was
 * typed (never a password); `data` carries what one form needs beyond that
 * (an import's report, say).
 */
export type FormState<V = FormValues, D = undefined> = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: V;
  data?: D;
};

/** A server action as a form component receives it (as a prop, from its page). */
export type FormAction<V = FormValues, D = undefined> = (
  prev: FormState<V, D>,
  formData: FormData,
) => Promise<FormState<V, D>>;
