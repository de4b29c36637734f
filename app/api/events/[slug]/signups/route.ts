import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { translateIssues, type Translator } from "@/lib/forms/field-errors";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { formatLimit, MAX_FORM_BYTES, readTextLimited } from "@/lib/server/api/read-body";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/events/sign-up";
import type { SignupRefusal } from "@/lib/server/events/rules";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { isSameOrigin } from "@/lib/server/imports/same-origin";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { SignupInput } from "@/lib/validation/event";
import { CONSENT_MESSAGES, SignupConsentFields } from "@/lib/validation/consent";
import { clientIp } from "@/lib/server/auth/client-ip";

// As on the form: the signer's consent and the attendees' statement are required, as true.
const SignupWithConsent = SignupInput.extend(SignupConsentFields.shape);

const STATUS: Record<SignupRefusal, number> = {
  notFound: 404,
  notOpen: 409,
  cancelled: 409,
  completed: 409,
  deadlinePassed: 409,
  alreadySignedUp: 409,
  merchantNotApproved: 403,
  merchantSuspended: 403,
  partnerUnknown: 422,
};

/** The JSON value, or undefined (which JSON cannot express) when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const reply = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Signs the signed-in merchant up: JSON { attendees: string[], partnerIds?: string[],
 * privacyConsent: true, attendeesInformed: true }.
 * Authenticated by the session cookie; the JSON content type and the origin
 * check keep other sites from posting on a visitor's behalf.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, t] = await Promise.all([params, getTranslations("events")]);
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return reply(415, { error: "unsupportedMediaType", message: t("api.json") });
  }
  if (!isSameOrigin(request)) return reply(403, { error: "forbidden", message: t("refusals.forbidden") });
  const who = await authorizeRoute(request, "merchant", {
    forbidden: "events.refusals.forbidden",
    signedOut: "events.refusals.signInAgain",
  });
  if (!who.ok) return who.response;
  const read = await readTextLimited(request, MAX_FORM_BYTES);
  if (!read.ok && read.reason === "tooLarge") {
    const limits = await getTranslations("requestBody");
    return reply(413, { error: "tooLarge", message: limits("tooLarge", { limit: formatLimit(MAX_FORM_BYTES) }) });
  }
  const body = read.ok ? parseJson(read.text) : undefined;
  if (body === undefined) return reply(400, { error: "invalidJson", message: t("api.json") });
  const parsed = SignupWithConsent.safeParse(body);
  if (!parsed.success) {
    const root = (await getTranslations()) as unknown as Translator;
    return reply(422, {
      error: "invalid",
      fieldErrors: translateIssues(parsed.error.issues, root, ["eventsValidation", CONSENT_MESSAGES]),
    });
  }
  // Next.js hands the path segment over decoded already: decoding it again would throw on a stray "%".
  const key = slug;
  const consent = { clientAddress: clientIp(request.headers), attendeesInformed: true };
  const result = await signUp(db, who.actor, key, parsed.data, new Date(), consent);
  if (!result.ok)
    return reply(STATUS[result.reason], { error: result.reason, message: t(`refusals.${result.reason}`) });
  await emailEventNotifications(result.notificationIds, result.eventId, await requestOrigin());
  revalidatePath(`/events/${key}`);
  return reply(201, {
    status: result.status,
    signupId: result.signupId,
    seats: result.seats,
    position: result.position,
  });
}
