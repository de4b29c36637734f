"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { formToObject } from "@/lib/forms/form-data";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { deleteSku, setSkuStatus } from "@/lib/server/skus/archive-sku";
import { bulkEditMarkets } from "@/lib/server/skus/bulk-markets";
import { skuFieldErrors } from "@/lib/server/skus/form-errors";
import { saveSku } from "@/lib/server/skus/save-sku";
import { BulkMarkets, SkuTextInput } from "@/lib/validation/sku";
import type { ConfirmState } from "@/components/team/confirm-action";
import { merchantActor } from "@/lib/server/auth/merchant-actor";

export type SkuFormValues = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  hsCode: string;
  originCountry: string;
  unitPrice: string;
  currency: string;
  weightGrams: string;
  markets: string[];
  platforms: string[];
  stock: Record<string, string>;
  status: string;
};
export type SkuFormState = { message?: string; fieldErrors?: FieldErrors; values?: SkuFormValues };
export type BulkState = { ok?: boolean; message?: string; fieldErrors?: FieldErrors };

/** The SKU use cases' actor: the signed-in member of an approved, active merchant, or null. */
async function skuActor() {
  const actor = await merchantActor();
  return actor && { userId: actor.id, merchantId: actor.merchantId };
}

/** What was typed, as strings, to put back into the form. */
function typedValues(raw: Record<string, unknown>): SkuFormValues {
  const text = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");
  const list = (k: string) =>
    Array.isArray(raw[k]) ? (raw[k] as unknown[]).filter((x): x is string => typeof x === "string") : [];
  const stock = Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => k.startsWith("stock_") && typeof v === "string")
      .map(([k, v]) => [k.slice(6), v as string]),
  );
  return {
    id: text("id"),
    code: text("code"),
    nameZh: text("nameZh"),
    nameEn: text("nameEn"),
    hsCode: text("hsCode"),
    originCountry: text("originCountry"),
    unitPrice: text("unitPrice"),
    currency: text("currency"),
    weightGrams: text("weightGrams"),
    markets: list("markets"),
    platforms: list("platforms"),
    stock,
    status: text("status") || "ACTIVE",
  };
}

/** Creates a SKU, or saves the one whose id the form carries. */
export async function saveSkuAction(_prev: SkuFormState, formData: FormData): Promise<SkuFormState> {
  const [t, tSku, tv] = await Promise.all([
    getTranslations("skus.form"),
    getTranslations("skuValidation"),
    getTranslations("validation"),
  ]);
  const values = typedValues(formToObject(formData, ["markets", "platforms"]));
  const actor = await skuActor();
  if (!actor) return { message: t("forbidden"), values };
  const { id, ...input } = values;
  const parsed = SkuTextInput.safeParse({ ...input, originCountry: input.originCountry || undefined });
  if (!parsed.success)
    return { message: tv("fixFields"), fieldErrors: skuFieldErrors(parsed.error.issues, tSku, tv), values };
  const result = await saveSku(db, actor, parsed.data, id ? { mode: "update", id } : { mode: "create" }, "form");
  if (!result.ok) {
    if (result.reason === "notFound") return { message: t("notFound"), values };
    const fieldErrors =
      result.reason === "invalid"
        ? skuFieldErrors(result.issues, tSku, tv)
        : { code: tSku("codeTaken", { value: parsed.data.code }) };
    return { message: tv("fixFields"), fieldErrors, values };
  }
  revalidatePath("/merchant/skus");
  revalidatePath("/merchant/markets");
  redirect(`/merchant/skus?status=ALL&q=${encodeURIComponent(result.code)}&saved=${encodeURIComponent(result.code)}`);
}

const idOf = (formData: FormData) => {
  const v = formData.get("id");
  return typeof v === "string" ? v.slice(0, 64) : "";
};

async function changeStatus(formData: FormData, status: "ACTIVE" | "ARCHIVED"): Promise<ConfirmState> {
  const t = await getTranslations("skus.detail");
  const actor = await skuActor();
  if (!actor) return { ok: false, message: t("forbidden") };
  const result = await setSkuStatus(db, actor, idOf(formData), status);
  if (!result.ok) return { ok: false, message: t("notFound") };
  revalidatePath("/merchant/skus", "layout");
  revalidatePath("/merchant/markets");
  return { ok: true, message: t(status === "ARCHIVED" ? "archived" : "restored", { code: result.code }) };
}

export async function archiveSkuAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  return changeStatus(formData, "ARCHIVED");
}

export async function restoreSkuAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  return changeStatus(formData, "ACTIVE");
}

/** Deletes a SKU that never held stock; one with history can only be archived. */
export async function deleteSkuAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("skus.detail");
  const actor = await skuActor();
  if (!actor) return { ok: false, message: t("forbidden") };
  const result = await deleteSku(db, actor, { id: idOf(formData) }, { archiveIfHistory: false, source: "form" });
  if (!result.ok) return { ok: false, message: t(result.reason) };
  revalidatePath("/merchant/skus", "layout");
  revalidatePath("/merchant/markets");
  redirect(`/merchant/skus?deleted=${encodeURIComponent(result.code)}`);
}

/** Adds, removes or sets target markets on the SKUs ticked in the list. */
export async function bulkMarketsAction(_prev: BulkState, formData: FormData): Promise<BulkState> {
  const [t, tSku, tv] = await Promise.all([
    getTranslations("skus.bulk"),
    getTranslations("skuValidation"),
    getTranslations("validation"),
  ]);
  const actor = await skuActor();
  if (!actor) return { ok: false, message: t("forbidden") };
  const parsed = BulkMarkets.safeParse(formToObject(formData, ["ids", "markets"]));
  if (!parsed.success) {
    const fieldErrors = skuFieldErrors(parsed.error.issues, tSku, tv);
    return { ok: false, message: fieldErrors.ids ?? tv("fixFields"), fieldErrors };
  }
  const result = await bulkEditMarkets(db, actor, parsed.data);
  if (!result.ok) return { ok: false, message: t("notFound") };
  revalidatePath("/merchant/skus");
  revalidatePath("/merchant/markets");
  return { ok: true, message: t(`done_${parsed.data.mode}`, { count: result.count }) };
}
