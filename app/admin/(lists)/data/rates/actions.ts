"use server";
import { revalidatePath } from "next/cache";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { setExchangeRate } from "@/lib/server/rates/set-rate";
import { RateInput } from "@/lib/validation/rates";

export const setRateAction = formAction({
  access: "staff",
  forbidden: "dataAdmin.staffOnly",
  schema: RateInput,
  values: textValues,
  messages: ["dataValidation"],
  async run(input, { actor, t, values }) {
    const result = await setExchangeRate(db, actor.userId, input);
    revalidatePath("/admin", "layout");
    revalidatePath("/merchant", "layout");
    const message = t("dataAdmin.rates.saved", {
      month: input.month,
      currency: input.currency,
      count: result.recomputed,
    });
    return { ok: true, message, values };
  },
});
