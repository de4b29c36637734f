"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { merchantActor } from "@/lib/server/auth/merchant-actor";
import { db } from "@/lib/server/db";
import { updateMerchantProfile } from "@/lib/server/merchants/update-profile";
import { removeMerchantLogo, saveMerchantLogo } from "@/lib/server/merchants/logo";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { ProfileUpdate } from "@/lib/validation/merchant";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import type { LogoState } from "@/components/profile/logo-form";

export type ProfileValues = {
  nameZh: string;
  nameEn: string;
  uscc: string;
  contactName: string;
  contactPhone: string;
  platformIds: string[];
  hsChapters: string[];
};

export type ProfileState = { ok?: boolean; message?: string; fieldErrors?: FieldErrors; values?: ProfileValues };

const ARRAYS = ["platformIds", "hsChapters"] as const;

/** What was typed, as strings, to put back into the form. */
function typedValues(raw: Record<string, unknown>): ProfileValues {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    nameZh: text(raw.nameZh),
    nameEn: text(raw.nameEn),
    uscc: text(raw.uscc),
    contactName: text(raw.contactName),
    contactPhone: text(raw.contactPhone),
    platformIds: list(raw.platformIds),
    hsChapters: list(raw.hsChapters),
  };
}

export async function updateProfileAction(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const [t, tv] = await Promise.all([getTranslations("profile"), getTranslations("validation")]);
  const raw = formToObject(formData, ARRAYS);
  const values = typedValues(raw);
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("unavailable"), values };
  const parsed = ProfileUpdate.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: tv("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };

  const result = await updateMerchantProfile(db, actor, parsed.data);
  if (!result.ok) {
    if ("reason" in result) return { ok: false, message: t("unavailable"), values };
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([field, code]) => [field, t(`errors.${code}`)]),
    );
    return { ok: false, message: tv("fixFields"), fieldErrors, values };
  }
  revalidatePath("/merchant", "layout");
  if (result.resubmitted) {
    await emailNotifications(result.notificationIds);
    // The merchant area is closed until the company is approved again.
    redirect("/merchant/status");
  }
  const saved = { ...parsed.data, nameEn: parsed.data.nameEn ?? "" };
  return { ok: true, message: t(result.changed.length ? "saved" : "unchanged"), values: saved };
}

export async function uploadLogoAction(_prev: LogoState, formData: FormData): Promise<LogoState> {
  const t = await getTranslations("profile");
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("unavailable") };
  const file = formData.get("logo");
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, error: t("logo.errors.empty") };
  const result = await saveMerchantLogo(db, actor, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) {
    return result.reason === "notFound"
      ? { ok: false, message: t("unavailable") }
      : { ok: false, error: t(`logo.errors.${result.reason}`) };
  }
  revalidatePath("/merchant/profile");
  return { ok: true, message: t("logo.saved") };
}

export async function removeLogoAction(): Promise<LogoState> {
  const t = await getTranslations("profile");
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("unavailable") };
  await removeMerchantLogo(db, actor);
  revalidatePath("/merchant/profile");
  return { ok: true, message: t("logo.removed") };
}
