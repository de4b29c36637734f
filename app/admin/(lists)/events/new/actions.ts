"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eventFormValues } from "@/lib/forms/event-form-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { createEvent } from "@/lib/server/events/create-event";
import { EventInput } from "@/lib/validation/event";

/** Staff create an event as a draft. */
export const createEventAction = formAction({
  access: "staff",
  forbidden: "eventsAdmin.statusActions.errors.forbidden",
  schema: EventInput,
  arrayFields: ["partnerIds"],
  values: eventFormValues,
  messages: ["eventsValidation"],
  async run(input, { actor, fail, invalid }) {
    const result = await createEvent(db, actor, input);
    if (!result.ok)
      return "fieldErrors" in result
        ? invalid(result.fieldErrors)
        : fail(`eventsAdmin.statusActions.errors.${result.reason}`);
    revalidatePath("/admin/events");
    redirect(`/admin/events/${result.eventId}?done=created`);
  },
});
