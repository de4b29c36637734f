import { z } from "zod";
import { isUsableHsChapter } from "@/lib/reference/hs-chapters";
import { validateUscc } from "./uscc";
import { isCommonPassword, PASSWORD_MAX, PASSWORD_MIN } from "./password";
import { optionalText, recordId, requiredText } from "./text";
import { phoneField } from "./phone";

// Error messages are keys of the `validation` namespace in the catalogs; forms
// translate them (lib/forms/field-errors.ts).

export const emailField = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email"));

export const passwordField = z
  .string()
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong")
  .refine((p) => !isCommonPassword(p), "passwordCommon");

export const usccField = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .superRefine((v, ctx) => {
    if (!v) return void ctx.addIssue({ code: "custom", message: "required" });
    const result = validateUscc(v);
    if (!result.ok) ctx.addIssue({ code: "custom", message: `uscc_${result.reason}` });
  });

export const companyFields = {
  nameZh: requiredText(100),
  nameEn: optionalText(200),
  uscc: usccField,
};

export const contactFields = {
  contactName: requiredText(50),
  contactPhone: phoneField,
};

export const platformIdsField = z
  .array(recordId())
  .min(1, "platformsRequired")
  .max(32, "tooMany")
  .transform((ids) => [...new Set(ids)]);

export const hsChaptersField = z
  .array(z.string().refine(isUsableHsChapter, "hsChapter"))
  .max(10, "tooMany")
  .transform((codes) => [...new Set(codes)].sort());

export const Registration = z.object({
  ...companyFields,
  parkId: recordId("required"),
  platformIds: platformIdsField,
  hsChapters: hsChaptersField,
  ...contactFields,
  email: emailField,
  password: passwordField,
});
export type RegistrationInput = z.infer<typeof Registration>;

/** What an approved merchant edits on its profile. */
export const ProfileUpdate = z.object({
  ...companyFields,
  ...contactFields,
  platformIds: platformIdsField,
  hsChapters: hsChaptersField,
});
export type ProfileUpdateInput = z.infer<typeof ProfileUpdate>;

/** What a merchant asked to revise sends back for review. */
export const Resubmission = z.object({
  ...companyFields,
  parkId: recordId("required"),
  ...contactFields,
  platformIds: platformIdsField,
  hsChapters: hsChaptersField,
});
export type ResubmissionInput = z.infer<typeof Resubmission>;
