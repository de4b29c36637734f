"use server";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { signIn } from "@/lib/server/auth/auth";
import { safeCallbackPath } from "@/lib/server/auth/callback-path";
import { normalizeEmail } from "@/lib/server/auth/credentials";
import { homePathFor, loadSessionUser } from "@/lib/server/auth/session-user";
import { db } from "@/lib/server/db";

// Any text is passed on: the credentials check refuses what cannot be an account, with one answer.
const field = z.string().default("");
const LoginInput = z.object({ email: field, password: field, callbackUrl: field });

export const loginAction = formAction<typeof LoginInput, "anyone", { email: string }>({
  access: "anyone",
  schema: LoginInput,
  values: (raw) => ({ email: typeof raw.email === "string" ? raw.email : "" }),
  async run({ email, password, callbackUrl }, { fail }) {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError) {
        const rateLimited = error instanceof CredentialsSignin && error.code === "rate_limited";
        return fail(rateLimited ? "login.rateLimited" : "login.invalid");
      }
      throw error;
    }
    const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
    const sessionUser = user ? await loadSessionUser(db, { userId: user.id, freshSignIn: true }) : null;
    if (!sessionUser) return fail("login.failed");
    redirect(safeCallbackPath(callbackUrl, homePathFor(sessionUser)));
  },
});
