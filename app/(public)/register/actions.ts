"use server";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { registerMerchant } from "@/lib/server/merchants/register-merchant";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { Registration } from "@/lib/validation/merchant";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import type { CompanyValues } from "@/components/merchants/company-fields";

export type RegisterState = {
  message?: string;
  fieldErrors?: FieldErrors;
  values?: CompanyValues & { email?: string };
};

const ARRAYS = ["platformIds", "hsChapters"] as const;

export async function registerAction(_prev: RegisterState, formData: FormData): Promise<RegisterState> {
  const t = await getTranslations("validation");
  const raw = formToObject(formData, ARRAYS);
  // Everything typed comes back on error, except the password.
  const { password: _password, ...values } = raw as Record<string, string | string[]>;
  void _password;
  const parsed = Registration.safeParse(raw);
  if (!parsed.success) {
    return {
      message: t("fixFields"),
      fieldErrors: translateFieldErrors(parsed.error, t),
      values: values as RegisterState["values"],
    };
  }
  const result = await registerMerchant(db, parsed.data, await hashPassword(parsed.data.password));
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, code]) => [field, t(code)]));
    return { message: t("fixFields"), fieldErrors, values: values as RegisterState["values"] };
  }
  await emailNotifications(result.notificationIds);
  // Signs the new owner in and lands on the status page (throws a redirect).
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: "/merchant/status",
  });
  return {};
}
