"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthorizationError, requireRole } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { designateZone } from "@/lib/server/zones/designate-zone";
import { DesignateZone } from "@/lib/validation/zones";
import { getUiLocale, localized } from "@/lib/i18n/server";

export type DesignateState = { ok?: boolean; message?: string; fieldErrors?: { year?: string } };

export async function designateZoneAction(_prev: DesignateState, formData: FormData): Promise<DesignateState> {
  const t = await getTranslations("admin.zones");
  let actor;
  try {
    actor = await requireRole(["STAFF"]);
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: t("staffOnly") };
    throw error;
  }
  const parsed = DesignateZone.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const year = z.flattenError(parsed.error).fieldErrors.year?.[0];
    return { ok: false, fieldErrors: { year: year ? t("yearInvalid") : undefined }, message: year ? undefined : t("notFound") };
  }
  const result = await designateZone(db, actor.id, parsed.data.zoneId, parsed.data.year);
  if (!result.ok) return { ok: false, message: t("notFound") };
  revalidatePath("/admin", "layout");
  revalidatePath("/");
  const locale = await getUiLocale();
  return { ok: true, message: t("designated", { zone: localized(result.zone, "name", locale), year: parsed.data.year }) };
}
