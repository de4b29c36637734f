// Public forms processed in realistic human time (OWASP ASVS 11.1.2): the page
// signs when it showed the form (HMAC-SHA-256, key from AUTH_SECRET by HKDF),
// and the action refuses a submission sooner than FORM_MIN_SECONDS after that,
// or one whose value is missing, forged, or older than a day. A refusal keeps
// what was typed, carries a fresh value for the next try, and is security-logged.
import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/server/auth/auth-secret";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

/** The hidden field the form sends its signed "shown at" value in. */
export const FORM_SHOWN_AT = "formShownAt";

/** The forms checked, each signed under its own name so that one's value does not pass another. */
export type HumanTimeForm = "register" | "passwordReset" | "eventSignup";

export const FORM_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type HumanTimeProblem = "missing" | "forged" | "expired" | "tooFast";

function key(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is needed to sign a form's time");
  return Buffer.from(hkdfSync("sha256", secret, "cbec-portal", "form-shown-at-v1", 32));
}

const signature = (form: HumanTimeForm, at: number) =>
  createHmac("sha256", key()).update(`${form}:${at}`).digest("base64url");

/** The signed value a page puts in the form's hidden field: when it was shown, in ms, and the HMAC. */
export function formShownAt(form: HumanTimeForm, now = Date.now()): string {
  return `${now}.${signature(form, now)}`;
}

/** Why a submission's value is refused, or null when it is genuine and at least `minSeconds` old. */
export function humanTimeProblem(
  form: HumanTimeForm,
  value: unknown,
  { now = Date.now(), minSeconds = env().FORM_MIN_SECONDS } = {},
): HumanTimeProblem | null {
  if (typeof value !== "string" || value === "") return "missing";
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return "forged";
  const at = Number(match[1]);
  const expected = Buffer.from(signature(form, at));
  const given = Buffer.from(match[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "forged";
  if (now - at > FORM_MAX_AGE_MS || at - now > 60_000) return "expired";
  if (now - at < minSeconds * 1000) return "tooFast";
  return null;
}

/**
 * The check a public form's action makes first: null to go on, or the
 * refusal's message key and a fresh value for the form to send next time.
 */
export async function refuseInhumanTime(
  form: HumanTimeForm,
  formData: FormData,
  ip?: string,
): Promise<{ messageKey: string; fresh: string } | null> {
  const problem = humanTimeProblem(form, formData.get(FORM_SHOWN_AT));
  if (!problem) return null;
  await logSecurityEvent({ event: "form.tooFast", form, reason: problem, ...(ip ? { ip } : {}) });
  return {
    messageKey: problem === "tooFast" ? "humanTime.tooFast" : "humanTime.stale",
    fresh: formShownAt(form),
  };
}
