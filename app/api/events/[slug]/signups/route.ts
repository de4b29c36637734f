import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { translateIssues, type Translator } from "@/lib/forms/field-errors";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/events/sign-up";
import type { SignupRefusal } from "@/lib/server/events/rules";
import { emailEventNotifications } from "@/lib/server/events/send-event-mail";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { SignupInput } from "@/lib/validation/event";

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

const reply = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Signs the signed-in merchant up: JSON { attendees: string[], partnerIds?: string[] }.
 * Authenticated by the session cookie; the JSON content type and the origin
 * check keep other sites from posting on a visitor's behalf.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, t] = await Promise.all([params, getTranslations("events")]);
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return reply(415, { error: "unsupportedMediaType", message: t("api.json") });
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== (await requestOrigin()))
    return reply(403, { error: "forbidden", message: t("refusals.forbidden") });
  const who = await authorizeRoute(request, "merchant", {
    forbidden: "events.refusals.forbidden",
    signedOut: "events.refusals.signInAgain",
  });
  if (!who.ok) return who.response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return reply(400, { error: "invalidJson", message: t("api.json") });
  }
  const parsed = SignupInput.safeParse(body);
  if (!parsed.success) {
    const root = (await getTranslations()) as unknown as Translator;
    return reply(422, {
      error: "invalid",
      fieldErrors: translateIssues(parsed.error.issues, root, ["eventsValidation"]),
    });
  }
  const key = decodeURIComponent(slug);
  const result = await signUp(db, who.actor, key, parsed.data);
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
