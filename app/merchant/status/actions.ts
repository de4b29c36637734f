"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { AuthorizationError, requireRole } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { resubmitMerchant } from "@/lib/server/merchants/register-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { Resubmission } from "@/lib/validation/merchant";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import type { CompanyValues } from "@/components/merchants/company-fields";

export type ResubmitState = { message?: string; fieldErrors?: FieldErrors; values?: CompanyValues };

export async function resubmitAction(_prev: ResubmitState, formData: FormData): Promise<ResubmitState> {
  const t = await getTranslations("validation");
  const tr = await getTranslations("merchant.statusPage");
  let user;
  try {
    user = await requireRole(["MERCHANT"]);
  } catch (error) {
    if (error instanceof AuthorizationError) return { message: tr("notAllowed") };
    throw error;
  }
  if (!user.merchant || user.membershipRole !== "OWNER") return { message: tr("notAllowed") };
  const raw = formToObject(formData, ["platformIds", "hsChapters"]);
  const values = raw as CompanyValues;
  const parsed = Resubmission.safeParse(raw);
  if (!parsed.success) return { message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, t), values };
  const result = await resubmitMerchant(db, { userId: user.id, merchantId: user.merchant.id }, parsed.data);
  if (!result.ok) {
    if ("reason" in result) return { message: tr("notAllowed"), values };
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([f, code]) => [f, t(code)]));
    return { message: t("fixFields"), fieldErrors, values };
  }
  await emailNotifications(result.notificationIds);
  revalidatePath("/merchant", "layout");
  redirect("/merchant/status");
}
