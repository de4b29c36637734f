"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { AuthorizationError, requireRole } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/events/sign-up";
import { withdrawSignup } from "@/lib/server/events/withdraw-signup";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { eventFieldErrors } from "@/lib/server/events/field-errors";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { formToObject } from "@/lib/forms/form-data";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { SignupInput } from "@/lib/validation/event";
import type { ConfirmState } from "@/components/team/confirm-action";

export type SignupState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: { attendees: string[]; partnerIds: string[] };
};

/** The signed-in merchant user; whether its company may sign up is the use case's answer. */
async function merchantActor() {
  try {
    const user = await requireRole(["MERCHANT"]);
    return user.merchant ? { userId: user.id, merchantId: user.merchant.id } : "forbidden";
  } catch (error) {
    if (error instanceof AuthorizationError) return error.code === "unauthenticated" ? "signInAgain" : "forbidden";
    throw error;
  }
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 200) : "";
};

export async function signUpAction(_prev: SignupState, formData: FormData): Promise<SignupState> {
  const [t, tv] = await Promise.all([getTranslations("events"), getTranslations("validation")]);
  const raw = formToObject(formData, ["attendees", "partnerIds"]);
  const values = { attendees: (raw.attendees as string[]).slice(0, 3), partnerIds: raw.partnerIds as string[] };
  const eventKey = text(formData, "eventKey");
  const actor = await merchantActor();
  if (typeof actor === "string") return { ok: false, message: t(`refusals.${actor}`), values };
  const parsed = SignupInput.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: tv("fixFields"), fieldErrors: await eventFieldErrors(parsed.error), values };
  const result = await signUp(db, actor, eventKey, parsed.data);
  if (!result.ok) {
    if (result.reason === "partnerUnknown")
      return { ok: false, message: tv("fixFields"), fieldErrors: { partnerIds: t("refusals.partnerUnknown") }, values };
    return { ok: false, message: t(`refusals.${result.reason}`), values };
  }
  await emailEventNotifications(result.notificationIds, result.eventId, await requestOrigin());
  revalidatePath(`/events/${eventKey}`);
  revalidatePath("/merchant/events");
  return {
    ok: true,
    message:
      result.status === "CONFIRMED"
        ? t("signup.doneConfirmed", { seats: result.seats })
        : t("signup.doneWaitlisted", { position: result.position ?? 0 }),
  };
}

export async function withdrawAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("events");
  const actor = await merchantActor();
  if (typeof actor === "string") return { ok: false, message: t(`refusals.${actor}`) };
  const result = await withdrawSignup(db, actor, text(formData, "signupId"));
  if (!result.ok)
    return { ok: false, message: t(result.reason === "tooLate" ? "refusals.tooLate" : "refusals.withdrawNotFound") };
  const origin = await requestOrigin();
  await emailEventNotifications(result.notificationIds, result.eventId, origin);
  revalidatePath(`/events/${text(formData, "eventKey")}`);
  revalidatePath("/merchant/events");
  return { ok: true, message: t("signup.withdrawn") };
}
