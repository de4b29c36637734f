"use server";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";
import { normalizeEmail } from "@/lib/server/auth/credentials";
import { homePathFor, loadSessionUser } from "@/lib/server/auth/session-user";
import { safeCallbackPath } from "@/lib/server/auth/callback-path";

export type LoginState = { error?: string; email?: string };

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations("login");
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const rateLimited = error instanceof CredentialsSignin && error.code === "rate_limited";
      return { error: t(rateLimited ? "rateLimited" : "invalid"), email };
    }
    throw error;
  }
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  const sessionUser = user ? await loadSessionUser(db, { userId: user.id, freshSignIn: true }) : null;
  if (!sessionUser) return { error: t("failed"), email };
  const home = homePathFor(sessionUser);
  redirect(safeCallbackPath(String(formData.get("callbackUrl") ?? ""), home));
}
