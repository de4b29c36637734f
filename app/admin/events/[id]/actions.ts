"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { updateEvent } from "@/lib/server/events/update-event";
import { changeEventStatus, EVENT_TRANSITIONS } from "@/lib/server/events/change-event-status";
import { setCheckIn } from "@/lib/server/events/check-in";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { parseEventForm, saveFailureState } from "@/lib/server/events/event-form";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { formToObject } from "@/lib/forms/form-data";
import type { EventFormState, EventFormValues } from "@/components/events/event-form";
import { recordId } from "@/lib/validation/text";
import { staffActor } from "@/lib/server/auth/staff-actor";

export type StatusState = { message?: string; reasonError?: string };
export type CheckInState = { ok?: boolean; message?: string };

const id = recordId();

export async function updateEventAction(
  eventId: string,
  _prev: EventFormState,
  formData: FormData,
): Promise<EventFormState> {
  const t = await getTranslations("eventsAdmin.statusActions.errors");
  const values = formToObject(formData, ["partnerIds"]) as EventFormValues;
  const actor = await staffActor();
  if (!actor) return { message: t("forbidden"), values };
  const parsed = await parseEventForm(formData);
  if (!parsed.ok) return parsed.state;
  const result = await updateEvent(db, actor, eventId, parsed.data);
  if (!result.ok) return saveFailureState(result, values);
  await emailEventNotifications(result.notificationIds, eventId, await requestOrigin());
  revalidatePath("/admin/events", "layout");
  revalidatePath("/events", "layout");
  redirect(`/admin/events/${eventId}?done=saved`);
}

const StatusInput = z.object({
  eventId: id,
  transition: z.enum(EVENT_TRANSITIONS),
  reason: z.string().max(1000).default(""),
});

export async function changeStatusAction(_prev: StatusState, formData: FormData): Promise<StatusState> {
  const t = await getTranslations("eventsAdmin.statusActions");
  const actor = await staffActor();
  if (!actor) return { message: t("errors.forbidden") };
  const parsed = StatusInput.safeParse({
    eventId: formData.get("eventId"),
    transition: formData.get("transition"),
    reason: formData.get("reason") ?? "",
  });
  if (!parsed.success) return { message: t("errors.notFound") };
  const { eventId, transition, reason } = parsed.data;
  const result = await changeEventStatus(db, actor, eventId, transition, reason);
  if (!result.ok)
    return result.reason === "reasonRequired"
      ? { reasonError: t("errors.reasonRequired") }
      : { message: t(`errors.${result.reason}`) };
  await emailEventNotifications(result.notificationIds, eventId, await requestOrigin());
  revalidatePath("/admin/events", "layout");
  revalidatePath("/events", "layout");
  redirect(`/admin/events/${eventId}?done=${transition}`);
}

const CheckInInput = z.object({ eventId: id, signupId: id, mode: z.enum(["in", "undo"]) });

export async function checkInAction(_prev: CheckInState, formData: FormData): Promise<CheckInState> {
  const t = await getTranslations("eventsAdmin.checkIn");
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("errors.forbidden") };
  const parsed = CheckInInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: t("errors.notFound") };
  const { eventId, signupId, mode } = parsed.data;
  const result = await setCheckIn(db, actor, eventId, signupId, mode === "in");
  revalidatePath(`/admin/events/${eventId}`, "layout");
  if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
  return { ok: true, message: t(mode === "in" ? "done" : "undone") };
}
