import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP ASVS: 12 to 128 characters, no composition rules, and not one of the
// commonly used passwords (the list shipped with zxcvbn-ts).
export { PASSWORD_MAX, PASSWORD_MIN } from "./password-strength";

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
