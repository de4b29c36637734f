"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { staffActor } from "@/lib/server/auth/staff-actor";
import { db } from "@/lib/server/db";
import { setOfficialStat } from "@/lib/server/rates/set-official-stat";
import { deleteOfficialStat } from "@/lib/server/rates/delete-official-stat";
import { importOfficialStats } from "@/lib/server/rates/import-official-stats";
import { OfficialStatInput, OfficialStatKey } from "@/lib/validation/rates";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { getUiLocale, localized } from "@/lib/i18n/server";
import type { DataFormState } from "../rates/actions";

export type StatImportState = { ok?: boolean; message?: string; errors?: string[] };

const MAX_BYTES = 1024 * 1024;

async function staffId() {
  return (await staffActor())?.id ?? null;
}

function refresh() {
  revalidatePath("/admin", "layout");
}

export async function setStatAction(_prev: DataFormState, formData: FormData): Promise<DataFormState> {
  const [t, tv] = await Promise.all([getTranslations("dataAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actorId = await staffId();
  if (!actorId) return { ok: false, message: t("staffOnly"), values };
  const parsed = OfficialStatInput.safeParse(values);
  if (!parsed.success) return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await setOfficialStat(db, actorId, parsed.data);
  if (!result.ok) return { ok: false, message: t("fixFields"), fieldErrors: { zoneId: tv("zone") }, values };
  refresh();
  return { ok: true, message: t("statistics.saved", { zone: localized(result.zone, "name", await getUiLocale()), month: parsed.data.month }), values };
}

export async function removeStatAction(_prev: DataFormState, formData: FormData): Promise<DataFormState> {
  const [t, tv] = await Promise.all([getTranslations("dataAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actorId = await staffId();
  if (!actorId) return { ok: false, message: t("staffOnly"), values };
  const parsed = OfficialStatKey.safeParse(values);
  if (!parsed.success) return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await deleteOfficialStat(db, actorId, parsed.data.zoneId, parsed.data.month);
  if (!result.ok) return { ok: false, message: t("statistics.notFound"), values };
  refresh();
  return { ok: true, message: t("statistics.removed") };
}

export async function importStatsAction(_prev: StatImportState, formData: FormData): Promise<StatImportState> {
  const [t, tv] = await Promise.all([getTranslations("dataAdmin"), getTranslations("dataValidation")]);
  const actorId = await staffId();
  if (!actorId) return { ok: false, message: t("staffOnly") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: t("statistics.noFile") };
  if (file.size > MAX_BYTES) return { ok: false, message: t("statistics.tooLarge") };
  const result = await importOfficialStats(db, actorId, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) {
    const text = (key: string, values?: Record<string, string>) => (tv.has(key) ? tv(key as "invalid", values ?? {}) : tv("invalid"));
    return {
      ok: false,
      message: t("statistics.importFailed", { count: result.errors.length }),
      errors: result.errors.slice(0, 50).map((e) => t("statistics.lineError", { line: e.line, message: text(e.key, e.values) })),
    };
  }
  refresh();
  return { ok: true, message: t("statistics.imported", { count: result.count }) };
}
