"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/form-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { signIn } from "@/lib/server/auth/auth";
import { hashPassword } from "@/lib/server/auth/password";
import { db } from "@/lib/server/db";
import { emailNotifications } from "@/lib/server/notifications/notify";
import {
  AcceptInvitation,
  acceptInvitation,
  findInvitation,
  RejoinInvitation,
  type InvitationProblem,
} from "@/lib/server/team/accept-invitation";
import { agreesToCurrentNotice } from "@/lib/privacy/notice";
import { CONSENT_MESSAGES, PrivacyConsentFields } from "@/lib/validation/consent";

// The link's token is checked before the fields, so a dead link says so whatever was typed.
const InvitationToken = z.object({ token: z.string().default("") }).passthrough();

export const acceptInvitationAction = formAction<
  typeof InvitationToken,
  "anyone",
  { name: string; privacyConsent?: string },
  { problem: InvitationProblem }
>({
  access: "anyone",
  schema: InvitationToken,
  // Passwords are never sent back; the name is.
  values: (raw) => ({
    name: typeof raw.name === "string" ? raw.name : "",
    privacyConsent: agreesToCurrentNotice(raw.privacyConsent) ? "on" : "",
  }),
  messages: ["membership.rejoin.errors", "invite.errors", CONSENT_MESSAGES],
  async run({ token, ...fields }, { fail, invalid }) {
    const problem = (reason: InvitationProblem) => ({
      ...fail(`invite.problem.${reason}.text`),
      data: { problem: reason },
    });
    const open = await findInvitation(db, token);
    if (!open.ok) return problem(open.reason);

    // An account that exists gives its own password; only a new account chooses one. Either way the
    // privacy notice's tick is required, and its problem is shown beside the fields' ones.
    const ticked = PrivacyConsentFields.safeParse(fields);
    const consentIssues = ticked.success ? [] : ticked.error.issues;
    const consent = { clientAddress: clientIp(await headers()) };
    let password: string;
    let result;
    if (open.invitation.existing) {
      const parsed = RejoinInvitation.safeParse(fields);
      if (!parsed.success || !ticked.success) return invalid([...(parsed.error?.issues ?? []), ...consentIssues]);
      password = parsed.data.password;
      result = await acceptInvitation(db, token, { currentPassword: password }, new Date(), consent);
    } else {
      const parsed = AcceptInvitation.safeParse(fields);
      if (!parsed.success || !ticked.success) return invalid([...(parsed.error?.issues ?? []), ...consentIssues]);
      password = parsed.data.password;
      const input = { name: parsed.data.name, passwordHash: await hashPassword(password) };
      result = await acceptInvitation(db, token, input, new Date(), consent);
    }
    if (!result.ok) {
      switch (result.reason) {
        case "emailTaken":
          return fail("invite.errors.emailTaken");
        case "wrongPassword":
          return invalid({ password: "wrongPassword" });
        case "tooManyAttempts":
        case "accountChanged":
          return fail(`membership.rejoin.errors.${result.reason}`);
        default:
          return problem(result.reason);
      }
    }
    await emailNotifications(result.notificationIds);
    try {
      // Signs the member in and lands on the merchant home (throws a redirect).
      await signIn("credentials", { email: result.email, password, redirectTo: "/merchant" });
    } catch (error) {
      // The account exists; should signing in fail (a rate limit, say), let them sign in by hand.
      if (error instanceof AuthError) redirect("/login");
      throw error;
    }
    return {};
  },
});
