import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { codeIssues, translateIssues, type FieldIssue, type Translator } from "@/lib/forms/field-errors";
import { formToObject } from "@/lib/forms/form-data";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import { resolveActor, type Access, type ActorFor } from "@/lib/server/auth/actor";
import { getSessionUser } from "@/lib/server/auth/guards";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

/** What an action's use-case step is given besides its parsed input. */
export type ActionContext<A extends Access | "anyone", V, D = undefined> = {
  actor: A extends Access ? ActorFor<A> : null;
  /** The root translator: `t("skus.detail.archived", { code })`. */
  t: Translator;
  formData: FormData;
  /** What was typed, to put back into the form. */
  values: V | undefined;
  /** A refusal with one message for the whole form. */
  fail(messageKey: string, params?: Record<string, string | number>): FormState<V, D>;
  /** Problems with fields (use-case codes by field, or issues), each next to its input. */
  invalid(problems: Record<string, string> | readonly FieldIssue[]): FormState<V, D>;
};

type Spec<S extends z.ZodType, A extends Access | "anyone", V, D> = {
  /** Who may call it; see `Access`. `anyone` is for the sign-in and registration forms. */
  access: A;
  /** The message key for a caller without access (and for one signed out, unless `signedOut` says otherwise). */
  forbidden?: string;
  signedOut?: string;
  /** The zod schema the form's fields are parsed with; a function when the form decides which. */
  schema: S | ((raw: Record<string, unknown>) => S);
  /** Fields sent as lists (multi-selects, checkbox groups). */
  arrayFields?: readonly string[];
  /** What zod parses, when the form's fields need reshaping first; by default the fields as they came. */
  input?: (raw: Record<string, unknown>, values: V | undefined) => unknown;
  /** What goes back into the form on a refusal: by default every field but passwords; `false` for none. */
  values?: false | ((raw: Record<string, unknown>) => V);
  /** Catalog namespaces whose keys explain field problems, before the shared `validation`. */
  messages?: readonly string[];
  /**
   * When input that does not parse means a stale or forged form (hidden ids, a
   * fixed choice), the one message key to answer with instead of field errors.
   */
  malformed?: string;
  /** Set to false for a one-field form: its error stands by the field, with no "correct the fields" alert. */
  summary?: boolean;
  /** Fields with no input of their own: their problem becomes the form's message. */
  formLevel?: readonly string[];
  /** The use case: runs only for a caller with access and input that parsed. */
  run(input: z.output<S>, ctx: ActionContext<A, V, NoInfer<D>>): Promise<FormState<V, D>>;
};

const withoutPasswords = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).filter(([key]) => !/password/i.test(key))) as FormValues;

/**
 * The one way a form's server action is written: resolve the caller and
 * refuse those without access, parse the fields with zod and answer field
 * errors in the reader's language, then run the use case. Returns the
 * `(prevState, formData)` function `useActionState` and `<form action>` take,
 * so forms work before JavaScript loads.
 */
export function formAction<S extends z.ZodType, A extends Access | "anyone", V = FormValues, D = undefined>(
  spec: Spec<S, A, V, D>,
): (prev: FormState<V, D>, formData: FormData) => Promise<FormState<V, D>> {
  return async (_prev, formData) => {
    const t = (await getTranslations()) as unknown as Translator;
    const raw = formToObject(formData, spec.arrayFields);
    const values = spec.values === false ? undefined : spec.values ? spec.values(raw) : (withoutPasswords(raw) as V);
    const kept = values === undefined ? {} : { values };
    const fail = (key: string, params?: Record<string, string | number>) => ({
      ok: false,
      message: t(key, params),
      ...kept,
    });
    const invalid = (problems: Record<string, string> | readonly FieldIssue[]) => {
      const issues = Array.isArray(problems) ? problems : codeIssues(problems as Record<string, string>);
      const fieldErrors = translateIssues(issues, t, spec.messages);
      const formMessage = spec.formLevel?.map((field) => fieldErrors[field]).find(Boolean);
      const message = formMessage ?? (spec.summary === false ? undefined : t("validation.fixFields"));
      return { ok: false, ...(message ? { message } : {}), fieldErrors, ...kept };
    };

    let actor = null;
    if (spec.access !== "anyone") {
      const who = await resolveActor(spec.access as Access);
      if (!who.ok) {
        // Who was refused, so that one account's refusals add up to an alert (observability/alerts.ts).
        const userId = who.reason === "forbidden" ? ((await getSessionUser())?.id ?? null) : null;
        await logSecurityEvent({ event: "access.refused", reason: who.reason, where: `action:${spec.access}`, userId });
        const key = who.reason === "unauthenticated" && spec.signedOut ? spec.signedOut : spec.forbidden;
        return fail(key ?? "errors.forbidden");
      }
      actor = who.actor;
    }

    const schema = typeof spec.schema === "function" ? spec.schema(raw) : spec.schema;
    const parsed = schema.safeParse(spec.input ? spec.input(raw, values) : raw);
    if (!parsed.success) return spec.malformed ? fail(spec.malformed) : invalid(parsed.error.issues);

    const ctx = { actor, t, formData, values, fail, invalid } as ActionContext<A, V, D>;
    const state = await spec.run(parsed.data, ctx);
    return state.ok === false && state.values === undefined && values !== undefined ? { ...state, values } : state;
  };
}

/**
 * The same pipeline for a form that shows no answer (mark as read, switch
 * the language, sign out): `<form action>` calls it with the form data alone.
 */
export function plainAction<S extends z.ZodType, A extends Access | "anyone">(
  spec: Omit<Spec<S, A, FormValues, undefined>, "run" | "values"> & {
    run(input: z.output<S>, ctx: ActionContext<A, FormValues>): Promise<void>;
  },
): (formData: FormData) => Promise<void> {
  const action = formAction<S, A, FormValues, undefined>({
    ...spec,
    values: false,
    async run(input, ctx) {
      await spec.run(input, ctx);
      return { ok: true };
    },
  });
  return async (formData) => {
    await action({}, formData);
  };
}
