"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { signIn } from "@/lib/server/auth/auth";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { emailNotifications } from "@/lib/server/notifications/notify";
import {
  AcceptInvitation,
  acceptInvitation,
  findInvitation,
  type InvitationProblem,
} from "@/lib/server/team/accept-invitation";

// The link's token is checked before the fields, so a dead link says so whatever was typed.
const InvitationToken = z.object({ token: z.string().default("") }).passthrough();

export const acceptInvitationAction = formAction<
  typeof InvitationToken,
  "anyone",
  { name: string },
  { problem: InvitationProblem }
>({
  access: "anyone",
  schema: InvitationToken,
  // Passwords are never sent back; the name is.
  values: (raw) => ({ name: typeof raw.name === "string" ? raw.name : "" }),
  messages: ["invite.errors"],
  async run({ token, ...fields }, { fail, invalid }) {
    const problem = (reason: InvitationProblem) => ({
      ...fail(`invite.problem.${reason}.text`),
      data: { problem: reason },
    });
    const open = await findInvitation(db, token);
    if (!open.ok) return problem(open.reason);
    const parsed = AcceptInvitation.safeParse({ token, ...fields });
    if (!parsed.success) return invalid(parsed.error.issues);

    const result = await acceptInvitation(db, token, {
      name: parsed.data.name,
      passwordHash: await hashPassword(parsed.data.password),
    });
    if (!result.ok) return result.reason === "emailTaken" ? fail("invite.errors.emailTaken") : problem(result.reason);
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
  },
});
