"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { createEvent } from "@/lib/server/events/create-event";
import { parseEventForm, saveFailureState } from "@/lib/server/events/event-form";
import { formToObject } from "@/lib/forms/form-data";
import type { EventFormState, EventFormValues } from "@/components/events/event-form";
import { staffActor } from "@/lib/server/auth/staff-actor";

export async function createEventAction(_prev: EventFormState, formData: FormData): Promise<EventFormState> {
  const t = await getTranslations("eventsAdmin.statusActions.errors");
  const values = formToObject(formData, ["partnerIds"]) as EventFormValues;
  const actor = await staffActor();
  if (!actor) return { message: t("forbidden"), values };
  const parsed = await parseEventForm(formData);
  if (!parsed.ok) return parsed.state;
  const result = await createEvent(db, actor, parsed.data);
  if (!result.ok) return saveFailureState(result, values);
  revalidatePath("/admin/events");
  redirect(`/admin/events/${result.eventId}?done=created`);
}
