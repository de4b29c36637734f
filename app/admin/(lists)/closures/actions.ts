"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { sendMail } from "@/lib/server/mail/send-mail";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { completeClosure, rejectClosure } from "@/lib/server/privacy/closure-requests";
import { ClosureDecision, ClosureRejection } from "@/lib/validation/privacy";

/** Completes a pending request: the account is anonymised and its owner told at the address they had. */
export const completeClosureAction = formAction({
  access: "staff",
  forbidden: "privacyRights.queue.errors.forbidden",
  schema: ClosureDecision,
  malformed: "privacyRights.queue.errors.notFound",
  values: false,
  async run({ requestId }, { actor, fail }) {
    const result = await completeClosure(db, actor, requestId);
    if (!result.ok) return fail(`privacyRights.queue.errors.${result.reason}`);
    if (result.mail) await sendMail(result.mail);
    revalidatePath("/admin/closures");
    redirect("/admin/closures?done=completed");
  },
});

/** Rejects a pending request with the reason the person reads. */
export const rejectClosureAction = formAction({
  access: "staff",
  forbidden: "privacyRights.queue.errors.forbidden",
  schema: ClosureRejection,
  messages: ["privacyRights.queue.errors"],
  values: false,
  summary: false,
  async run({ requestId, reason }, { actor, fail }) {
    const result = await rejectClosure(db, actor, requestId, reason);
    if (!result.ok) return fail(`privacyRights.queue.errors.${result.reason}`);
    await emailNotifications(result.notificationIds);
    revalidatePath("/admin/closures");
    redirect("/admin/closures?status=REJECTED&done=rejected");
  },
});
