import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/config";

// Contact phones are mainland China numbers: mobiles ("138 0013 8000") and
// landlines with their area code ("023-6000-0000"), typed in the national or
// the international form ("+86 23 6000 0000", "0086 …"), with or without
// spaces, dashes, dots or brackets. They are kept in E.164 ("+862360000000").
//
// The "max" metadata and not the smaller "min" or "mobile" builds: "min" only
// checks lengths and takes a 12-digit typo of a mobile ("138 0013 80001") for
// a landline, and "mobile" refuses every landline. Only server code (actions
// and pages) imports this file, so the metadata never reaches a browser.

/** A mainland number in E.164, or null when the text is not one (foreign numbers, extensions, words around it). */
export function parseMainlandPhone(text: string): string | null {
  const phone = parsePhoneNumberFromString(text.trim(), { defaultCountry: "CN", extract: false });
  if (!phone || phone.country !== "CN" || phone.ext || !phone.isValid()) return null;
  return phone.number;
}

/**
 * A stored phone for reading: the national form in Chinese ("023 6000 0000"),
 * the way it is dialled inside China; the international one in English
 * ("+86 23 6000 0000"), which a partner abroad can dial. Rows saved before
 * numbers were kept in E.164 ("023-68001234") read the same way; text that is
 * no number at all is shown as it was stored.
 */
export function formatPhone(stored: string, locale: Locale): string {
  const phone = parsePhoneNumberFromString(stored, { defaultCountry: "CN", extract: false });
  if (!phone?.isValid()) return stored;
  return locale === "zh-CN" && phone.country === "CN" ? phone.formatNational() : phone.formatInternational();
}

/** The one phone field of every form that asks for one; its value is E.164. */
export const phoneField = z
  .string()
  .trim()
  .min(1, "required")
  .max(30, "tooLong")
  .transform((text, ctx) => {
    const e164 = parseMainlandPhone(text);
    if (e164 === null) {
      ctx.addIssue({ code: "custom", message: "phone" });
      return z.NEVER;
    }
    return e164;
  });
