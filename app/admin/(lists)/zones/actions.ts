"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { staffActor } from "@/lib/server/auth/staff-actor";
import { db } from "@/lib/server/db";
import { designateZone } from "@/lib/server/zones/designate-zone";
import { createZone } from "@/lib/server/zones/create-zone";
import { createPark } from "@/lib/server/zones/create-park";
import { movePark } from "@/lib/server/zones/move-park";
import { CreatePark, CreateZone, DesignateZone, MovePark } from "@/lib/validation/zones";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { getUiLocale, localized } from "@/lib/i18n/server";

export type DesignateState = { ok?: boolean; message?: string; fieldErrors?: { year?: string } };
export type ZoneFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
};

function refresh() {
  revalidatePath("/admin", "layout");
  revalidatePath("/");
}

export async function designateZoneAction(_prev: DesignateState, formData: FormData): Promise<DesignateState> {
  const t = await getTranslations("admin.zones");
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly") };
  const parsed = DesignateZone.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const year = z.flattenError(parsed.error).fieldErrors.year?.[0];
    return {
      ok: false,
      fieldErrors: { year: year ? t("yearInvalid") : undefined },
      message: year ? undefined : t("notFound"),
    };
  }
  const result = await designateZone(db, actor.id, parsed.data.zoneId, parsed.data.year);
  if (!result.ok) return { ok: false, message: t("notFound") };
  refresh();
  const locale = await getUiLocale();
  return {
    ok: true,
    message: t("designated", { zone: localized(result.zone, "name", locale), year: parsed.data.year }),
  };
}

export async function createZoneAction(_prev: ZoneFormState, formData: FormData): Promise<ZoneFormState> {
  const [t, tv] = await Promise.all([getTranslations("zonesAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly"), values };
  const parsed = CreateZone.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await createZone(db, actor.id, parsed.data);
  if (!result.ok) return { ok: false, message: t("fixFields"), fieldErrors: { code: tv("codeTaken") }, values };
  refresh();
  redirect(`/admin/zones?added=zone&id=${encodeURIComponent(result.zoneId)}`);
}

export async function createParkAction(_prev: ZoneFormState, formData: FormData): Promise<ZoneFormState> {
  const [t, tv] = await Promise.all([getTranslations("zonesAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly"), values };
  const parsed = CreatePark.safeParse(values);
  if (!parsed.success)
    return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await createPark(db, actor.id, parsed.data);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([f, key]) => [f, tv(key as "zone")]),
    );
    return { ok: false, message: t("fixFields"), fieldErrors, values };
  }
  refresh();
  redirect(`/admin/zones?added=park&id=${encodeURIComponent(result.parkId)}`);
}

export async function moveParkAction(_prev: ZoneFormState, formData: FormData): Promise<ZoneFormState> {
  const t = await getTranslations("zonesAdmin");
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly") };
  const parsed = MovePark.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: t("notFound") };
  const result = await movePark(db, actor.id, parsed.data.parkId, parsed.data.zoneId);
  if (!result.ok) return { ok: false, message: t(result.reason === "same" ? "movePark.same" : "notFound") };
  refresh();
  const locale = await getUiLocale();
  return {
    ok: true,
    message: t("movePark.moved", {
      park: localized(result.park, "name", locale),
      zone: localized(result.zone, "name", locale),
    }),
  };
}
