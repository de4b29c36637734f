"use server";
import type { CompanyValues } from "@/lib/forms/company-values";
import { formAction } from "@/lib/server/actions/form-action";
import { signIn } from "@/lib/server/auth/auth";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { registerMerchant } from "@/lib/server/merchants/register-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { Registration } from "@/lib/validation/merchant";

/** A new company and its owner's account; everything typed but the password comes back on a refusal. */
export const registerAction = formAction<typeof Registration, "anyone", CompanyValues & { email?: string }>({
  access: "anyone",
  schema: Registration,
  arrayFields: ["platformIds", "hsChapters"],
  async run(data, { invalid }) {
    const result = await registerMerchant(db, data, await hashPassword(data.password));
    if (!result.ok) return invalid(result.fieldErrors);
    await emailNotifications(result.notificationIds);
    // Signs the new owner in and lands on the status page (throws a redirect).
    await signIn("credentials", { email: data.email, password: data.password, redirectTo: "/merchant/status" });
    return {};
  },
});
