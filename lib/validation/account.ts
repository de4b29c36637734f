import { z } from "zod";
import { PASSWORD_MAX } from "./password";
import { emailField, passwordField } from "./merchant";

// Error messages are keys of the form's own namespace first, then `validation`.

/** Changing one's password: the current one, and a new one by the registration rules, typed twice. */
export const ChangePassword = z
  .object({
    currentPassword: z.string().min(1, "required").max(PASSWORD_MAX, "wrongPassword"),
    newPassword: passwordField,
    confirmPassword: z.string().max(200, "tooLong"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

/** A new password from a reset or set-up link, typed twice. */
export const NewPassword = z
  .object({
    password: passwordField,
    confirmPassword: z.string().max(200, "tooLong"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "mismatch" });

/** Asking for a reset link. */
export const ResetRequest = z.object({ email: emailField });
