"use server";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { resetPassword } from "@/lib/server/account/reset-password";
import { hashPassword } from "@/lib/server/auth/password";
import { findPasswordToken } from "@/lib/server/auth/password-tokens";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { NewPassword } from "@/lib/validation/account";

// The link's token is checked before the fields, so a dead link says so whatever was typed.
const LinkToken = z.object({ token: z.string().max(200).default("") }).passthrough();

export const resetPasswordAction = formAction<typeof LinkToken, "anyone", Record<string, never>, { dead: boolean }>({
  access: "anyone",
  schema: LinkToken,
  values: false,
  messages: ["resetPassword"],
  async run({ token, ...fields }, { t, fail, invalid }) {
    const dead = () => ({ ...fail("resetPassword.invalidText"), data: { dead: true } });
    if (!(await findPasswordToken(db, token))) return dead();
    const parsed = NewPassword.safeParse(fields);
    if (!parsed.success) return invalid(parsed.error.issues);
    const result = await resetPassword(db, token, await hashPassword(parsed.data.password));
    if (!result.ok) return dead();
    if (result.mail) await sendMail(result.mail);
    return { ok: true, message: t("resetPassword.done") };
  },
});
