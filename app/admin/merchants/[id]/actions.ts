"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AuthorizationError, requireRole } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { REVIEW_DECISIONS, reviewMerchant } from "@/lib/server/merchants/review-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { recordId } from "@/lib/validation/text";

export type ReviewState = { ok?: boolean; message?: string; reasonError?: string };

const ReviewInput = z.object({
  merchantId: recordId(),
  decision: z.enum(REVIEW_DECISIONS),
  reason: z.string().max(1000).default(""),
});

export async function reviewAction(_prev: ReviewState, formData: FormData): Promise<ReviewState> {
  const t = await getTranslations("review.actions");
  let reviewer;
  try {
    reviewer = await requireRole(["STAFF", "PARK_OPERATOR"]);
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: t("forbidden") };
    throw error;
  }
  const parsed = ReviewInput.safeParse({
    merchantId: formData.get("merchantId"),
    decision: formData.get("decision"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) return { ok: false, message: t("notFound") };
  const { merchantId, decision, reason } = parsed.data;
  const result = await reviewMerchant(db, reviewer, merchantId, decision, reason);
  if (!result.ok) {
    if (result.reason === "reasonRequired") return { ok: false, reasonError: t("reasonRequired") };
    return { ok: false, message: t(result.reason) };
  }
  await emailNotifications(result.notificationIds);
  revalidatePath("/admin", "layout");
  // The page shows the confirmation: the decision's form is gone once decided.
  redirect(`/admin/merchants/${merchantId}?done=${decision}`);
}
