"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import {
  AcceptInvitation,
  acceptInvitation,
  findInvitation,
  type InvitationProblem,
} from "@/lib/server/team/accept-invitation";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export type AcceptState = { message?: string; problem?: InvitationProblem; fieldErrors?: FieldErrors; name?: string };

export async function acceptInvitationAction(_prev: AcceptState, formData: FormData): Promise<AcceptState> {
  const [t, tv] = await Promise.all([getTranslations("invite"), getTranslations("validation")]);
  const raw = formToObject(formData);
  const token = typeof raw.token === "string" ? raw.token : "";
  // Passwords are never sent back; the name is.
  const name = typeof raw.name === "string" ? raw.name : "";
  const problem = (reason: InvitationProblem): AcceptState => ({
    problem: reason,
    message: t(`problem.${reason}.text`),
    name,
  });

  const open = await findInvitation(db, token);
  if (!open.ok) return problem(open.reason);
  const parsed = AcceptInvitation.safeParse(raw);
  if (!parsed.success) {
    // The shared validation texts, and this form's own (passwords that differ).
    const translate = Object.assign((key: string) => (tv.has(key) ? tv(key) : t(`errors.${key}`)), {
      has: (key: string) => tv.has(key) || t.has(`errors.${key}`),
    });
    return { message: tv("fixFields"), fieldErrors: translateFieldErrors(parsed.error, translate), name };
  }

  const result = await acceptInvitation(db, token, {
    name: parsed.data.name,
    passwordHash: await hashPassword(parsed.data.password),
  });
  if (!result.ok) {
    if (result.reason === "emailTaken") return { message: t("errors.emailTaken"), name };
    return problem(result.reason);
  }
  await emailNotifications(result.notificationIds);
  try {
    // Signs the new member in and lands on the merchant home (throws a redirect).
    await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/merchant" });
  } catch (error) {
    // The account exists; should signing in fail (a rate limit, say), let them sign in by hand.
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
  return {};
}
