"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { designateZone } from "@/lib/server/zones/designate-zone";
import { createZone } from "@/lib/server/zones/create-zone";
import { createPark } from "@/lib/server/zones/create-park";
import { movePark } from "@/lib/server/zones/move-park";
import { CreatePark, CreateZone, DesignateZone, MovePark } from "@/lib/validation/zones";
import { recordId } from "@/lib/validation/text";
import { getUiLocale, localized } from "@/lib/i18n/server";

function refresh() {
  revalidatePath("/admin", "layout");
  revalidatePath("/");
}

/**
 * The designate form's year is its one input; a stale or forged zone id
 * (hidden) answers "not found" as the form's message.
 */
const DesignateForm = DesignateZone.extend({
  zoneId: z.preprocess((v) => v ?? "", recordId("notFound")),
});

export const designateZoneAction = formAction({
  access: "staff",
  forbidden: "admin.zones.staffOnly",
  schema: DesignateForm,
  values: false,
  messages: ["admin.zones"],
  formLevel: ["zoneId"],
  async run({ zoneId, year }, { actor, t, fail }) {
    const result = await designateZone(db, actor.userId, zoneId, year);
    if (!result.ok) return fail("admin.zones.notFound");
    refresh();
    const locale = await getUiLocale();
    return {
      ok: true,
      message: t("admin.zones.designated", { zone: localized(result.zone, "name", locale), year }),
    };
  },
});

export const createZoneAction = formAction({
  access: "staff",
  forbidden: "zonesAdmin.staffOnly",
  schema: CreateZone,
  values: textValues,
  messages: ["dataValidation"],
  async run(input, { actor, invalid }) {
    const result = await createZone(db, actor.userId, input);
    if (!result.ok) return invalid(result.fieldErrors);
    refresh();
    redirect(`/admin/zones?added=zone&id=${encodeURIComponent(result.zoneId)}`);
  },
});

export const createParkAction = formAction({
  access: "staff",
  forbidden: "zonesAdmin.staffOnly",
  schema: CreatePark,
  values: textValues,
  messages: ["dataValidation"],
  async run(input, { actor, invalid }) {
    const result = await createPark(db, actor.userId, input);
    if (!result.ok) return invalid(result.fieldErrors);
    refresh();
    redirect(`/admin/zones?added=park&id=${encodeURIComponent(result.parkId)}`);
  },
});

export const moveParkAction = formAction({
  access: "staff",
  forbidden: "zonesAdmin.staffOnly",
  schema: MovePark,
  malformed: "zonesAdmin.notFound",
  values: false,
  async run({ parkId, zoneId }, { actor, t, fail }) {
    const result = await movePark(db, actor.userId, parkId, zoneId);
    if (!result.ok) return fail(result.reason === "same" ? "zonesAdmin.movePark.same" : "zonesAdmin.notFound");
    refresh();
    const locale = await getUiLocale();
    return {
      ok: true,
      message: t("zonesAdmin.movePark.moved", {
        park: localized(result.park, "name", locale),
        zone: localized(result.zone, "name", locale),
      }),
    };
  },
});
