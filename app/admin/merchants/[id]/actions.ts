"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { REVIEW_DECISIONS, reviewMerchant } from "@/lib/server/merchants/review-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { optionalText, recordId } from "@/lib/validation/text";

const REASON = optionalText(1000);

const ReviewInput = z.object({
  merchantId: recordId(),
  decision: z.enum(REVIEW_DECISIONS),
  // Checked in run: a malformed id or decision reads "not found", a bad reason stands by its field.
  reason: z.string().default(""),
});

/** One review decision by commission staff or the merchant's park operator. */
export const reviewAction = formAction({
  access: "reviewer",
  forbidden: "review.actions.forbidden",
  schema: ReviewInput,
  malformed: "review.actions.notFound",
  values: false,
  messages: ["review.actions"],
  // The reason is the form's one input: its problem stands next to it, with no message above.
  summary: false,
  async run({ merchantId, decision, reason: raw }, { actor, fail, invalid }) {
    const reason = REASON.safeParse(raw);
    if (!reason.success) return invalid({ reason: reason.error.issues[0].message });
    const result = await reviewMerchant(db, actor, merchantId, decision, reason.data);
    if (!result.ok) {
      if (result.reason === "reasonRequired") return invalid({ reason: "reasonRequired" });
      return fail(`review.actions.${result.reason}`);
    }
    await emailNotifications(result.notificationIds);
    revalidatePath("/admin", "layout");
    // The page shows the confirmation: the decision's form is gone once decided.
    redirect(`/admin/merchants/${merchantId}?done=${decision}`);
  },
});
