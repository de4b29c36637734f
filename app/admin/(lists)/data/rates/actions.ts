"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { staffActor } from "@/lib/server/auth/staff-actor";
import { db } from "@/lib/server/db";
import { setExchangeRate } from "@/lib/server/rates/set-rate";
import { RateInput } from "@/lib/validation/rates";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export type DataFormState = { ok?: boolean; message?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export async function setRateAction(_prev: DataFormState, formData: FormData): Promise<DataFormState> {
  const [t, tv] = await Promise.all([getTranslations("dataAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly"), values };
  const parsed = RateInput.safeParse(values);
  if (!parsed.success) return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await setExchangeRate(db, actor.id, parsed.data);
  revalidatePath("/admin", "layout");
  revalidatePath("/merchant", "layout");
  return { ok: true, message: t("rates.saved", { month: parsed.data.month, currency: parsed.data.currency, count: result.recomputed }), values };
}
