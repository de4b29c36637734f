"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { requestClosure, withdrawClosure } from "@/lib/server/privacy/closure-requests";
import { RequestClosure } from "@/lib/validation/privacy";

/** The signed-in person asks to close their own account: the only account it can name is the session's. */
export const requestClosureAction = formAction({
  access: "user",
  forbidden: "privacyRights.closure.errors.forbidden",
  schema: RequestClosure,
  messages: ["privacyRights.closure.errors"],
  summary: false,
  values: false,
  async run(_input, { actor, t, fail }) {
    const result = await requestClosure(db, actor);
    if (!result.ok) return fail(`privacyRights.closure.errors.${result.reason}`);
    revalidatePath("/account");
    const due = formatDay(result.dueDay, await getUiLocale()) ?? result.dueDay;
    return { ok: true, message: t("privacyRights.closure.done.requested", { due }) };
  },
});

/** The person takes back their own pending request. */
export const withdrawClosureAction = formAction({
  access: "user",
  forbidden: "privacyRights.closure.errors.forbidden",
  schema: z.object({}),
  values: false,
  async run(_input, { actor, t, fail }) {
    if (!(await withdrawClosure(db, actor))) return fail("privacyRights.closure.errors.noneToWithdraw");
    revalidatePath("/account");
    return { ok: true, message: t("privacyRights.closure.done.withdrawn") };
  },
});
