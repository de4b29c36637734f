"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffActor } from "@/lib/server/auth/staff-actor";
import { db } from "@/lib/server/db";
import { createGoal, updateGoal } from "@/lib/server/goals/save-goal";
import { GoalCreate, GoalUpdate } from "@/lib/validation/goals";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import type { DataFormState } from "../rates/actions";

export async function saveGoalAction(_prev: DataFormState, formData: FormData): Promise<DataFormState> {
  const [t, tv] = await Promise.all([getTranslations("dataAdmin"), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const actor = await staffActor();
  if (!actor) return { ok: false, message: t("staffOnly"), values };
  const creating = !values.goalId;
  const parsed = creating ? GoalCreate.safeParse(values) : GoalUpdate.safeParse(values);
  if (!parsed.success) return { ok: false, message: t("fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = "goalId" in parsed.data ? await updateGoal(db, actor.id, parsed.data) : await createGoal(db, actor.id, parsed.data);
  if (!result.ok) {
    if ("reason" in result) return { ok: false, message: t("goals.notFound"), values };
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([f, key]) => [f, tv(key as "zone")]));
    return { ok: false, message: t("fixFields"), fieldErrors, values };
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/data/goals?saved=${encodeURIComponent(result.goalId)}`);
}
