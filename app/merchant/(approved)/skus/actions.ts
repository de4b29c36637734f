"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { skuFormValues, type SkuFormValues } from "@/lib/forms/sku-form-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { deleteSku, setSkuStatus } from "@/lib/server/skus/archive-sku";
import { bulkEditMarkets } from "@/lib/server/skus/bulk-markets";
import { saveSku } from "@/lib/server/skus/save-sku";
import { BulkMarkets, LowStockThresholdText, SkuTextInput } from "@/lib/validation/sku";
import { lookupId } from "@/lib/validation/text";
import { logScopedMiss } from "@/lib/server/observability/tenant-probe";

const SKU_MESSAGES = ["skuValidation", "dataQuality"];

/** Another merchant's SKU id sent to an action answers "not found", as a stale one does; the ask is logged as a probe. */
const probe = (action: string, id: string, userId: string) =>
  logScopedMiss(db, { kind: "sku", id, where: `action:/merchant/skus#${action}`, userId });

function refreshSkus() {
  revalidatePath("/merchant/skus", "layout");
  revalidatePath("/merchant/markets");
}

/** Creates a SKU, or saves the one whose id the form carries. */
export const saveSkuAction = formAction<typeof SkuTextInput, "activeMerchant", SkuFormValues>({
  access: "activeMerchant",
  forbidden: "skus.form.forbidden",
  schema: SkuTextInput,
  arrayFields: ["markets", "platforms"],
  values: skuFormValues,
  input: (_raw, values) => {
    // The id says which SKU to save; it is not one of the SKU's fields.
    const input: Partial<SkuFormValues> = { ...values! };
    delete input.id;
    delete input.lowStockThreshold;
    return { ...input, originCountry: input.originCountry || undefined };
  },
  messages: SKU_MESSAGES,
  async run(data, { actor, values, fail, invalid }) {
    const id = values!.id;
    const threshold = LowStockThresholdText.safeParse(values!.lowStockThreshold);
    if (!threshold.success) return invalid([{ path: ["lowStockThreshold"], message: "lowStockThreshold" }]);
    const target = id ? ({ mode: "update", id } as const) : ({ mode: "create" } as const);
    const result = await saveSku(db, actor, data, target, "form", threshold.data);
    if (!result.ok) {
      if (result.reason === "notFound") {
        if (id) await probe("saveSkuAction", id, actor.userId);
        return fail("skus.form.notFound");
      }
      return result.reason === "invalid"
        ? invalid(result.issues)
        : invalid([{ path: ["code"], message: "codeTaken", value: data.code }]);
    }
    refreshSkus();
    redirect(`/merchant/skus?status=ALL&q=${encodeURIComponent(result.code)}&saved=${encodeURIComponent(result.code)}`);
  },
});

const SkuRef = z.object({ id: z.string().transform((id) => lookupId(id.slice(0, 64))) });

function statusAction(status: "ACTIVE" | "ARCHIVED", name: string) {
  return formAction({
    access: "activeMerchant",
    forbidden: "skus.detail.forbidden",
    schema: SkuRef,
    malformed: "skus.detail.notFound",
    values: false,
    async run({ id }, { actor, t, fail }) {
      const result = await setSkuStatus(db, actor, id, status);
      if (!result.ok) {
        await probe(name, id, actor.userId);
        return fail("skus.detail.notFound");
      }
      refreshSkus();
      return {
        ok: true,
        message: t(status === "ARCHIVED" ? "skus.detail.archived" : "skus.detail.restored", { code: result.code }),
      };
    },
  });
}

export const archiveSkuAction = statusAction("ARCHIVED", "archiveSkuAction");
export const restoreSkuAction = statusAction("ACTIVE", "restoreSkuAction");

/** Deletes a SKU that never held stock; one with history can only be archived. */
export const deleteSkuAction = formAction({
  access: "activeMerchant",
  forbidden: "skus.detail.forbidden",
  schema: SkuRef,
  malformed: "skus.detail.notFound",
  values: false,
  async run({ id }, { actor, fail }) {
    const result = await deleteSku(db, actor, { id }, { archiveIfHistory: false, source: "form" });
    if (!result.ok) {
      if (result.reason === "notFound") await probe("deleteSkuAction", id, actor.userId);
      return fail(`skus.detail.${result.reason}`);
    }
    refreshSkus();
    redirect(`/merchant/skus?deleted=${encodeURIComponent(result.code)}`);
  },
});

/** Adds, removes or sets target markets on the SKUs ticked in the list. */
export const bulkMarketsAction = formAction({
  access: "activeMerchant",
  forbidden: "skus.bulk.forbidden",
  schema: BulkMarkets,
  arrayFields: ["ids", "markets"],
  values: false,
  messages: SKU_MESSAGES,
  formLevel: ["ids"],
  async run(data, { actor, t, fail }) {
    const result = await bulkEditMarkets(db, actor, data);
    if (!result.ok) return fail("skus.bulk.notFound");
    revalidatePath("/merchant/skus");
    revalidatePath("/merchant/markets");
    return { ok: true, message: t(`skus.bulk.done_${data.mode}`, { count: result.count }) };
  },
});
