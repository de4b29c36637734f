import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { formToObject } from "@/lib/forms/form-data";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { BELTS, EventInput, type EventInputData } from "@/lib/validation/event";
import type { EventFormState, EventFormValues } from "@/components/events/event-form";
import { eventFieldErrors, eventFieldMessages } from "./field-errors";
import type { SaveEventResult } from "./create-event";

/** The event form's fields parsed for a use case, or the state that shows what to fix. */
export async function parseEventForm(
  formData: FormData,
): Promise<{ ok: true; data: EventInputData } | { ok: false; state: EventFormState }> {
  const raw = formToObject(formData, ["partnerIds"]);
  const parsed = EventInput.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const tv = await getTranslations("validation");
  return {
    ok: false,
    state: {
      message: tv("fixFields"),
      fieldErrors: await eventFieldErrors(parsed.error),
      values: raw as EventFormValues,
    },
  };
}

/** A use case's refusal as the form's state. */
export async function saveFailureState(
  result: Exclude<SaveEventResult, { ok: true }>,
  values: EventFormValues,
): Promise<EventFormState> {
  const [t, tv] = await Promise.all([
    getTranslations("eventsAdmin.statusActions.errors"),
    getTranslations("validation"),
  ]);
  if ("fieldErrors" in result) {
    return { message: tv("fixFields"), fieldErrors: await eventFieldMessages(result.fieldErrors), values };
  }
  return { message: t(result.reason), values };
}

/** The belts and the partners an event form offers: active ones, and any already attending. */
export async function getEventFormOptions(locale: Locale, attending: string[] = []) {
  const [tb, tk] = await Promise.all([getTranslations("events.belts"), getTranslations("events.partnerKinds")]);
  const partners = await db.partner.findMany({
    where: { OR: [{ active: true }, { id: { in: attending } }] },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
  });
  return {
    belts: BELTS.map((b) => ({ value: b, label: tb(b) })),
    partners: partners.map((p) => ({ value: p.id, label: `${localized(p, "name", locale)} · ${tk(p.kind)}` })),
  };
}
