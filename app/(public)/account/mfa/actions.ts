"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { confirmSecondFactor, disableSecondFactor, renewRecoveryCodes } from "@/lib/server/account/second-factor";
import { currentSession } from "@/lib/server/auth/current-user";
import { confirmPassword } from "@/lib/server/auth/reauthenticate";
import { registerSecurityKey, registrationOptions, removeSecurityKey } from "@/lib/server/auth/webauthn";
import { db } from "@/lib/server/db";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

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
    // The session asking stays signed in; every other one ends.
    const sessionId = (await currentSession())?.sessionId ?? null;
    const result = await confirmSecondFactor(db, { userId: actor.userId, sessionId }, code);
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
    const sessionId = (await currentSession())?.sessionId ?? null;
    const result = await disableSecondFactor(db, { userId: actor.userId, sessionId }, input);
    if (!result.ok) return fail("secondFactor.wrongPasswordOrCode");
    revalidatePath("/account/mfa");
    return { ok: true, message: t("secondFactor.turnedOff") };
  },
});

const NoInput = z.object({});

/** What the key forms get back: the options for the browser, as JSON, before it asks the key. */
export type SecurityKeyData = { options: string };

/** Options for adding a security key (WebAuthn, ASVS 2.3.2): a new single-use challenge for this user. */
export const securityKeyOptionsAction = formAction<typeof NoInput, "user", Record<string, string>, SecurityKeyData>({
  access: "user",
  forbidden: "account.forbidden",
  schema: NoInput,
  values: false,
  async run(_input, { actor, fail }) {
    const user = await db.user.findFirst({
      where: { id: actor.userId, disabled: false },
      select: { id: true, email: true, name: true },
    });
    if (!user) return fail("account.forbidden");
    return { ok: true, data: { options: JSON.stringify(await registrationOptions(db, user)) } };
  },
});

const AddKey = z.object({ name: z.string().trim().min(1).max(60), response: text(16_384) });

/** Stores the key the browser answered with, once the server has verified it against the open challenge. */
export const addSecurityKeyAction = formAction<typeof AddKey, "user", Record<string, string>>({
  access: "user",
  forbidden: "account.forbidden",
  schema: AddKey,
  malformed: "securityKeys.nameRequired",
  values: false,
  async run({ name, response }, { actor, t, fail }) {
    const result = await registerSecurityKey(db, actor.userId, { name, response });
    if (!result.ok) return fail(result.reason === "tooMany" ? "securityKeys.tooMany" : "securityKeys.failed");
    await logSecurityEvent({ event: "mfa.securityKeyAdded", userId: actor.userId });
    revalidatePath("/account/mfa");
    return { ok: true, message: t("securityKeys.added") };
  },
});

const RemoveKey = z.object({ id: text(64), password: text(128) });

/** Removes one of the user's keys after the current password (ASVS 3.7.1); the key is looked up within the user's own. */
export const removeSecurityKeyAction = formAction<typeof RemoveKey, "user", Record<string, string>>({
  access: "user",
  forbidden: "account.forbidden",
  schema: RemoveKey,
  malformed: "securityKeys.wrongPassword",
  values: false,
  async run({ id, password }, { actor, t, fail }) {
    if (!(await confirmPassword(db, actor.userId, password))) return fail("securityKeys.wrongPassword");
    if (!(await removeSecurityKey(db, actor.userId, id))) return fail("securityKeys.wrongPassword");
    await logSecurityEvent({ event: "mfa.securityKeyRemoved", userId: actor.userId });
    revalidatePath("/account/mfa");
    return { ok: true, message: t("securityKeys.removed") };
  },
});
