"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { createGoal, updateGoal } from "@/lib/server/goals/save-goal";
import { GoalCreate, GoalUpdate } from "@/lib/validation/goals";

/** Edits the goal whose id the form carries, or adds one. */
export const saveGoalAction = formAction({
  access: "staff",
  forbidden: "dataAdmin.staffOnly",
  schema: (raw) => (raw.goalId ? GoalUpdate : GoalCreate),
  values: textValues,
  messages: ["dataValidation"],
  async run(input, { actor, fail, invalid }) {
    const result =
      "goalId" in input ? await updateGoal(db, actor.userId, input) : await createGoal(db, actor.userId, input);
    if (!result.ok) return "reason" in result ? fail("dataAdmin.goals.notFound") : invalid(result.fieldErrors);
    revalidatePath("/admin", "layout");
    redirect(`/admin/data/goals?saved=${encodeURIComponent(result.goalId)}`);
  },
});
