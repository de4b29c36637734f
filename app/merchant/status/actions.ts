"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { CompanyValues } from "@/lib/forms/company-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { resubmitMerchant } from "@/lib/server/merchants/register-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { Resubmission } from "@/lib/validation/merchant";

/** The owner of a merchant asked for revisions sends its corrected details back for review. */
export const resubmitAction = formAction<typeof Resubmission, "merchantOwner", CompanyValues>({
  access: "merchantOwner",
  forbidden: "merchant.statusPage.notAllowed",
  schema: Resubmission,
  arrayFields: ["platformIds", "hsChapters"],
  async run(data, { actor, fail, invalid }) {
    const result = await resubmitMerchant(db, actor, data);
    if (!result.ok) return "reason" in result ? fail("merchant.statusPage.notAllowed") : invalid(result.fieldErrors);
    await emailNotifications(result.notificationIds);
    revalidatePath("/merchant", "layout");
    redirect("/merchant/status");
  },
});
