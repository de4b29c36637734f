"use server";
import { formAction, plainAction } from "@/lib/server/actions/form-action";
import { changePassword } from "@/lib/server/account/change-password";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { signOut } from "@/lib/server/auth/auth";
import { currentSession } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { ChangePassword } from "@/lib/validation/account";
import { z } from "zod";

export const changePasswordAction = formAction({
  access: "user",
  forbidden: "account.forbidden",
  schema: ChangePassword,
  messages: ["account.password"],
  values: false,
  async run({ currentPassword, newPassword }, { actor, t, invalid }) {
    // The session asking stays signed in; every other one ends.
    const keepSessionId = (await currentSession())?.sessionId ?? null;
    const result = await changePassword(db, actor, { currentPassword, newPassword, keepSessionId });
    if (!result.ok) return invalid({ currentPassword: result.reason });
    await sendMail(result.mail);
    return { ok: true, message: t("account.password.done") };
  },
});

export const signOutEverywhereAction = plainAction({
  access: "user",
  forbidden: "account.forbidden",
  schema: z.object({}),
  async run(_input, { actor }) {
    await signOutEverywhere(db, actor);
    await signOut({ redirectTo: "/login" });
  },
});
