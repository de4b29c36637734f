import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

/** Field errors in the user's language, from `eventsValidation` or the shared `validation` keys. */
export async function eventFieldErrors(error: z.ZodError): Promise<FieldErrors> {
  const [tv, te] = await Promise.all([getTranslations("validation"), getTranslations("eventsValidation")]);
  const t = Object.assign((key: string) => (te.has(key) ? te(key) : tv(key)), {
    has: (key: string) => te.has(key) || tv.has(key),
  });
  return translateFieldErrors(error, t);
}

/** Codes a use case gave per field, translated the same way. */
export async function eventFieldMessages(codes: Record<string, string>): Promise<FieldErrors> {
  const [tv, te] = await Promise.all([getTranslations("validation"), getTranslations("eventsValidation")]);
  return Object.fromEntries(Object.entries(codes).map(([field, key]) => [field, te.has(key) ? te(key) : tv(key)]));
}
