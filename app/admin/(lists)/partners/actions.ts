"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { savePartner, setPartnerActive } from "@/lib/server/events/save-partner";
import { eventFieldErrors, eventFieldMessages } from "@/lib/server/events/field-errors";
import { formToObject } from "@/lib/forms/form-data";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { PartnerInput } from "@/lib/validation/event";
import type { ConfirmState } from "@/components/team/confirm-action";
import { staffActor } from "@/lib/server/auth/staff-actor";

export type PartnerFormState = { message?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export async function savePartnerAction(_prev: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  const [t, tv] = await Promise.all([getTranslations("partners"), getTranslations("validation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actor = await staffActor();
  if (!actor) return { message: t("errors.forbidden"), values };
  const parsed = PartnerInput.safeParse(values);
  if (!parsed.success) return { message: tv("fixFields"), fieldErrors: await eventFieldErrors(parsed.error), values };
  const partnerId = values.partnerId ? values.partnerId.slice(0, 64) : null;
  const result = await savePartner(db, actor, partnerId, parsed.data);
  if (!result.ok) {
    if ("fieldErrors" in result)
      return { message: tv("fixFields"), fieldErrors: await eventFieldMessages(result.fieldErrors), values };
    return { message: t(`errors.${result.reason}`), values };
  }
  revalidatePath("/admin/partners");
  redirect(`/admin/partners?done=${partnerId ? "saved" : "created"}`);
}

export async function setPartnerActiveAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("partners");
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("errors.forbidden") };
  const id = String(formData.get("partnerId") ?? "").slice(0, 64);
  const active = formData.get("active") === "true";
  const result = await setPartnerActive(db, actor, id, active);
  if (!result.ok) return { ok: false, message: t("errors.notFound") };
  revalidatePath("/admin/partners");
  const name = localized(result.partner, "name", await getUiLocale());
  return { ok: true, message: t(active ? "activated" : "deactivated", { name }) };
}
