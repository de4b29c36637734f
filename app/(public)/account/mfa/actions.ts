"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { confirmSecondFactor, disableSecondFactor, renewRecoveryCodes } from "@/lib/server/account/second-factor";
import { db } from "@/lib/server/db";

/** What the forms of the two-step page show after a success: recovery codes, this once. */
export type SecondFactorData = { recoveryCodes: string[] };

const text = (max: number) =>
  z
    .string()
    .default("")
    .transform((s) => s.slice(0, max));
const Code = z.object({ code: text(32) });

/** Turns TOTP on with a current code from the secret shown (ASVS 2.8). */
export const confirmSecondFactorAction = formAction<typeof Code, "user", Record<string, string>, SecondFactorData>({
  access: "user",
  forbidden: "account.forbidden",
  schema: Code,
  values: false,
  async run({ code }, { actor, fail }) {
    const result = await confirmSecondFactor(db, actor, code);
    if (!result.ok) return fail("secondFactor.wrongCode");
    // No revalidation: the page would render as "on" and drop the codes this answer shows once.
    return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
  },
});

const Manage = z.object({ password: text(128), code: text(32), intent: z.enum(["renew", "disable"]) });

/**
 * After the current password and a code (ASVS 3.7.1): ten new recovery codes
 * in place of the old ones, or TOTP off.
 */
export const manageSecondFactorAction = formAction<typeof Manage, "user", Record<string, string>, SecondFactorData>({
  access: "user",
  forbidden: "account.forbidden",
  schema: Manage,
  malformed: "secondFactor.wrongPasswordOrCode",
  values: false,
  async run({ intent, ...input }, { actor, t, fail }) {
    if (intent === "renew") {
      const result = await renewRecoveryCodes(db, actor, input);
      if (!result.ok) return fail("secondFactor.wrongPasswordOrCode");
      return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
    }
    const result = await disableSecondFactor(db, actor, input);
    if (!result.ok) return fail("secondFactor.wrongPasswordOrCode");
    revalidatePath("/account/mfa");
    return { ok: true, message: t("secondFactor.turnedOff") };
  },
});
