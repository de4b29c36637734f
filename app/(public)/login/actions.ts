"use server";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { formAction } from "@/lib/server/actions/form-action";
import { SecondFactorRequired, signIn } from "@/lib/server/auth/auth";
import { safeCallbackPath } from "@/lib/server/auth/callback-path";
import { normalizeEmail } from "@/lib/server/auth/credentials";
import { openChallenge } from "@/lib/server/auth/second-factor";
import { homePathFor, loadSessionUser } from "@/lib/server/auth/session-user";
import { signInAssertionOptions } from "@/lib/server/auth/webauthn";
import { db } from "@/lib/server/db";

// Any text is passed on: the credentials check refuses what cannot be an account, with one answer.
const field = z.string().default("");
const LoginInput = z.object({
  email: field,
  password: field,
  callbackUrl: field,
  challenge: field,
  code: field,
  assertion: field,
});

/**
 * The second step, when the password was right: the challenge the form sends back; `keyOptions`, for an
 * account with a security key, the WebAuthn options (JSON) for "Use your security key"; `withCode`, whether
 * the account has TOTP, whose code (or a recovery code) it may type. An account with a key alone has no code
 * to type, and gets the key's button alone.
 */
export type LoginData = { challenge: string; keyOptions?: string; withCode: boolean };

/**
 * Signs in with the password, then (for an account with TOTP on) with the
 * code: the first answer carries only a challenge, and no session exists
 * until the code passes.
 */
export const loginAction = formAction<typeof LoginInput, "anyone", { email: string }, LoginData>({
  access: "anyone",
  schema: LoginInput,
  values: (raw) => ({ email: typeof raw.email === "string" ? raw.email : "" }),
  async run({ email, password, callbackUrl, challenge, code, assertion }, { fail, t, values }) {
    try {
      const secondStep = challenge ? { challenge, code, assertion } : { email, password };
      await signIn("credentials", { ...secondStep, redirect: false });
    } catch (error) {
      if (error instanceof SecondFactorRequired) {
        // A user with a security key gets a fresh WebAuthn challenge with each step (one use each).
        const userId = openChallenge(error.challenge);
        const [keyOptions, account] = userId
          ? await Promise.all([
              signInAssertionOptions(db, userId),
              db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
            ])
          : [null, null];
        const state: FormState<{ email: string }, LoginData> = {
          ok: false,
          values,
          data: {
            challenge: error.challenge,
            withCode: !keyOptions || !!account?.totpEnabledAt,
            ...(keyOptions ? { keyOptions: JSON.stringify(keyOptions) } : {}),
          },
        };
        if (!error.retry) return state;
        return {
          ...state,
          message: t(state.data!.withCode ? "secondFactorLogin.wrongCode" : "securityKeys.keyRefused"),
        };
      }
      if (error instanceof AuthError) {
        const code = error instanceof CredentialsSignin ? error.code : "";
        if (code === "challenge_expired") return fail("secondFactorLogin.expired");
        return fail(code === "rate_limited" ? "login.rateLimited" : "login.invalid");
      }
      throw error;
    }
    const userId = challenge
      ? openChallenge(challenge)
      : (await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } }))?.id;
    const sessionUser = userId ? await loadSessionUser(db, { userId, freshSignIn: true }) : null;
    if (!sessionUser) return fail("login.failed");
    redirect(safeCallbackPath(callbackUrl, homePathFor(sessionUser)));
  },
});
