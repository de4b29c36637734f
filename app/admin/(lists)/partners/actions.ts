"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { savePartner, setPartnerActive } from "@/lib/server/events/save-partner";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { PartnerInput } from "@/lib/validation/event";
import { lookupId } from "@/lib/validation/text";

/** Adds a partner, or saves the one whose id the form carries. */
export const savePartnerAction = formAction({
  access: "staff",
  forbidden: "partners.errors.forbidden",
  schema: PartnerInput,
  values: textValues,
  messages: ["eventsValidation"],
  async run(input, { actor, values, fail, invalid }) {
    const partnerId = values?.partnerId ? values.partnerId.slice(0, 64) : null;
    const result = await savePartner(db, actor, partnerId, input);
    if (!result.ok)
      return "fieldErrors" in result ? invalid(result.fieldErrors) : fail(`partners.errors.${result.reason}`);
    revalidatePath("/admin/partners");
    redirect(`/admin/partners?done=${partnerId ? "saved" : "created"}`);
  },
});

const PartnerActive = z.object({
  partnerId: z.string().transform((id) => lookupId(id.slice(0, 64))),
  active: z.string().optional(),
});

/** Deactivates a partner (it stays on past events) or brings it back. */
export const setPartnerActiveAction = formAction({
  access: "staff",
  forbidden: "partners.errors.forbidden",
  schema: PartnerActive,
  malformed: "partners.errors.notFound",
  values: false,
  async run({ partnerId, active }, { actor, t, fail }) {
    const activate = active === "true";
    const result = await setPartnerActive(db, actor, partnerId, activate);
    if (!result.ok) return fail("partners.errors.notFound");
    revalidatePath("/admin/partners");
    const name = localized(result.partner, "name", await getUiLocale());
    return { ok: true, message: t(activate ? "partners.activated" : "partners.deactivated", { name }) };
  },
});
