"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { recordFollowUp } from "@/lib/server/events/follow-ups";
import { FollowUpInput } from "@/lib/validation/follow-up";
import { textValues } from "@/lib/forms/text-values";
import { recordId } from "@/lib/validation/text";

const ERRORS = "eventFollowUps.errors";

/** Records a follow-up for a company at an event: staff, or the company's park operator. */
export const recordFollowUpAction = formAction({
  access: "reviewer",
  forbidden: `${ERRORS}.forbidden`,
  schema: FollowUpInput.extend({ eventId: recordId("notFound") }),
  values: textValues,
  messages: ["eventFollowUps.validation"],
  formLevel: ["eventId"],
  async run({ eventId, ...input }, { actor, fail, invalid }) {
    const result = await recordFollowUp(db, actor, eventId, input);
    if (!result.ok) return "fieldErrors" in result ? invalid(result.fieldErrors) : fail(`${ERRORS}.${result.reason}`);
    revalidatePath(`/admin/events/${eventId}`, "layout");
    revalidatePath("/admin/events/stats");
    redirect(`/admin/events/${eventId}/follow-ups?done=recorded`);
  },
});
