"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormValues } from "@/lib/forms/form-state";
import type { ImportReport } from "@/lib/forms/import-report";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { setOfficialStat } from "@/lib/server/rates/set-official-stat";
import { deleteOfficialStat } from "@/lib/server/rates/delete-official-stat";
import { importOfficialStats } from "@/lib/server/rates/import-official-stats";
import { screenTable } from "@/lib/sheets/read";
import { OfficialStatInput, OfficialStatKey } from "@/lib/validation/rates";
import { getUiLocale, localized } from "@/lib/i18n/server";

const MAX_BYTES = 1024 * 1024;
const DATA_MESSAGES = ["dataValidation"];

function refresh() {
  revalidatePath("/admin", "layout");
}

export const setStatAction = formAction({
  access: "staff",
  forbidden: "dataAdmin.staffOnly",
  schema: OfficialStatInput,
  values: textValues,
  messages: DATA_MESSAGES,
  async run(input, { actor, t, values, invalid }) {
    const result = await setOfficialStat(db, actor.userId, input);
    if (!result.ok) return invalid({ zoneId: "zone" });
    refresh();
    const zone = localized(result.zone, "name", await getUiLocale());
    return { ok: true, message: t("dataAdmin.statistics.saved", { zone, month: input.month }), values };
  },
});

export const removeStatAction = formAction({
  access: "staff",
  forbidden: "dataAdmin.staffOnly",
  schema: OfficialStatKey,
  values: textValues,
  messages: DATA_MESSAGES,
  async run({ zoneId, month }, { actor, t, fail }) {
    const result = await deleteOfficialStat(db, actor.userId, zoneId, month);
    if (!result.ok) return fail("dataAdmin.statistics.notFound");
    refresh();
    return { ok: true, message: t("dataAdmin.statistics.removed") };
  },
});

// The import's file is read from the form itself; there is no text field to parse.
const NoFields = z.object({});

/** A CSV file of official figures, all rows or none; `data.errors` names each refused line. */
export const importStatsAction = formAction<typeof NoFields, "staff", FormValues, ImportReport>({
  access: "staff",
  forbidden: "dataAdmin.staffOnly",
  schema: NoFields,
  values: false,
  async run(_input, { actor, t, formData, fail }) {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return fail("dataAdmin.statistics.noFile");
    if (file.size > MAX_BYTES) return fail("dataAdmin.statistics.tooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A workbook that cannot be read (password, damage, a zip bomb) is refused with its reason.
    const screen = await screenTable(bytes);
    if (!screen.ok) return fail(`sheets.refused.${screen.reason}`);
    const result = await importOfficialStats(db, actor.userId, bytes);
    if (!result.ok) {
      const text = (key: string, values?: Record<string, string>) =>
        t.has(`dataValidation.${key}`) ? t(`dataValidation.${key}`, values ?? {}) : t("dataValidation.invalid");
      const errors = result.errors
        .slice(0, 50)
        .map((e) => t("dataAdmin.statistics.lineError", { line: e.line, message: text(e.key, e.values) }));
      return {
        ok: false,
        message: t("dataAdmin.statistics.importFailed", { count: result.errors.length }),
        data: { errors },
      };
    }
    refresh();
    return { ok: true, message: t("dataAdmin.statistics.imported", { count: result.count }) };
  },
});
