"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eventFormValues, type EventFormValues } from "@/lib/forms/event-form-values";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { updateEvent } from "@/lib/server/events/update-event";
import { changeEventStatus, EVENT_TRANSITIONS } from "@/lib/server/events/change-event-status";
import { checkInTicket, undoTicketCheckIn } from "@/lib/server/events/check-in";
import { scanAnswer } from "@/lib/server/events/scan-answer";
import type { ScanData } from "@/lib/forms/scan-data";
import { getUiLocale } from "@/lib/i18n/server";
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

const CheckInInput = z.object({ eventId: id, ticketId: id, mode: z.enum(["in", "undo"]) });

/** A tap on the check-in list: one person in, or their check-in undone. */
export const checkInAction = formAction<typeof CheckInInput, "staff", FormValues, ScanData>({
  access: "staff",
  forbidden: "ticketScan.errors.forbidden",
  schema: CheckInInput,
  malformed: "ticketScan.errors.notFound",
  values: false,
  async run({ eventId, ticketId, mode }, { actor, t }) {
    const result =
      mode === "in"
        ? await checkInTicket(db, actor, eventId, { ticketId })
        : await undoTicketCheckIn(db, actor, eventId, ticketId);
    revalidatePath(`/admin/events/${eventId}`, "layout");
    return scanAnswer(result, { t, locale: await getUiLocale() });
  },
});

const ScanInput = z.object({
  eventId: id,
  // Checked against its signature by the use case: a wrong code reads "not a valid ticket code".
  code: z.string().max(100),
  // When a scan queued offline was made (ms since 1970); the use case keeps it only within the event's day.
  scannedAt: z.coerce.number().int().min(0).max(8_640_000_000_000_000).optional(),
});

/** A ticket scanned by the camera or typed at the door, sent at once or later from the device's queue. */
export const scanTicketAction = formAction<typeof ScanInput, "staff", FormValues, ScanData>({
  access: "staff",
  forbidden: "ticketScan.errors.forbidden",
  schema: ScanInput,
  malformed: "ticketScan.errors.invalidCode",
  values: false,
  async run({ eventId, code, scannedAt }, { actor, t }) {
    const result = await checkInTicket(
      db,
      actor,
      eventId,
      { code },
      {
        scannedAt: scannedAt === undefined ? undefined : new Date(scannedAt),
      },
    );
    if (result.ok) revalidatePath(`/admin/events/${eventId}`, "layout");
    return scanAnswer(result, { t, locale: await getUiLocale() });
  },
});
