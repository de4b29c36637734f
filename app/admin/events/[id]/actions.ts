"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventFormValues, type EventFormValues } from "@/lib/forms/event-form-values";
import type { FormState } from "@/lib/forms/form-state";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { updateEvent } from "@/lib/server/events/update-event";
import { changeEventStatus, EVENT_TRANSITIONS } from "@/lib/server/events/change-event-status";
import { setCheckIn } from "@/lib/server/events/check-in";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { EventInput } from "@/lib/validation/event";
import { optionalText, recordId } from "@/lib/validation/text";

const id = recordId();
const ERRORS = "eventsAdmin.statusActions.errors";

function refreshEvents() {
  revalidatePath("/admin/events", "layout");
  revalidatePath("/events", "layout");
}

/** Saves an edited event; the page binds the event's id. */
export async function updateEventAction(
  eventId: string,
  prev: FormState<EventFormValues>,
  formData: FormData,
): Promise<FormState<EventFormValues>> {
  return formAction({
    access: "staff",
    forbidden: `${ERRORS}.forbidden`,
    schema: EventInput,
    arrayFields: ["partnerIds"],
    values: eventFormValues,
    messages: ["eventsValidation"],
    async run(input, { actor, fail, invalid }) {
      const result = await updateEvent(db, actor, eventId, input);
      if (!result.ok) return "fieldErrors" in result ? invalid(result.fieldErrors) : fail(`${ERRORS}.${result.reason}`);
      await emailEventNotifications(result.notificationIds, eventId, await requestOrigin());
      refreshEvents();
      redirect(`/admin/events/${eventId}?done=saved`);
    },
  })(prev, formData);
}

const REASON = optionalText(1000);

const StatusInput = z.object({
  eventId: id,
  transition: z.enum(EVENT_TRANSITIONS),
  // Checked in run: a malformed id reads "not found", a bad reason stands by its field.
  reason: z.string().default(""),
});

const changeStatus = formAction({
  access: "staff",
  forbidden: `${ERRORS}.forbidden`,
  schema: StatusInput,
  malformed: `${ERRORS}.notFound`,
  values: false,
  messages: [ERRORS],
  // The reason is the form's one input: its problem stands next to it, with no message above.
  summary: false,
  async run({ eventId, transition, reason: raw }, { actor, fail, invalid }) {
    const reason = REASON.safeParse(raw);
    if (!reason.success) return invalid({ reason: reason.error.issues[0].message });
    const result = await changeEventStatus(db, actor, eventId, transition, reason.data);
    if (!result.ok) {
      if (result.reason === "reasonRequired") return invalid({ reason: "reasonRequired" });
      return fail(`${ERRORS}.${result.reason}`);
    }
    await emailEventNotifications(result.notificationIds, eventId, await requestOrigin());
    refreshEvents();
    redirect(`/admin/events/${eventId}?done=${transition}`);
  },
});

/**
 * Publishes, cancels or completes an event. A change that is made leads to
 * the event's page, so the form only ever shows what stopped one: its state
 * carries no `ok`.
 */
export async function changeStatusAction(prev: FormState, formData: FormData): Promise<FormState> {
  const state = await changeStatus(prev, formData);
  delete state.ok;
  return state;
}

const CheckInInput = z.object({ eventId: id, signupId: id, mode: z.enum(["in", "undo"]) });

export const checkInAction = formAction({
  access: "staff",
  forbidden: "eventsAdmin.checkIn.errors.forbidden",
  schema: CheckInInput,
  malformed: "eventsAdmin.checkIn.errors.notFound",
  values: false,
  async run({ eventId, signupId, mode }, { actor, t, fail }) {
    const result = await setCheckIn(db, actor, eventId, signupId, mode === "in");
    revalidatePath(`/admin/events/${eventId}`, "layout");
    if (!result.ok) return fail(`eventsAdmin.checkIn.errors.${result.reason}`);
    return { ok: true, message: t(mode === "in" ? "eventsAdmin.checkIn.done" : "eventsAdmin.checkIn.undone") };
  },
});
