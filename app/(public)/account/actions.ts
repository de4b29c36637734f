"use server";
import { formAction } from "@/lib/server/actions/form-action";
import { changePassword } from "@/lib/server/account/change-password";
import { endUserSession } from "@/lib/server/account/device-sessions";
import { currentSession } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { ChangePassword } from "@/lib/validation/account";
import { lookupId } from "@/lib/validation/text";
import { revalidatePath } from "next/cache";
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

/** Ends one of the user's own sessions, on another device (ASVS 3.3.4). */
export const endSessionAction = formAction({
  access: "user",
  forbidden: "account.forbidden",
  schema: z.object({ sessionId: z.string().transform((id) => lookupId(id.slice(0, 64))) }),
  malformed: "deviceSessions.notFound",
  values: false,
  async run({ sessionId }, { actor, t, fail }) {
    const result = await endUserSession(db, actor, sessionId);
    if (!result.ok) return fail("deviceSessions.notFound");
    revalidatePath("/account");
    return { ok: true, message: t("deviceSessions.done") };
  },
});
