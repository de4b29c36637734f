import "server-only";
import { hasNoControlCharacters } from "@/lib/validation/text";
import { shanghaiDay } from "@/lib/time/shanghai";
// The rules that decide whether a signup may be made or withdrawn; pure, so
// that the same answer is given by the page, the action and the API.

export type SignupRefusal =
  | "notFound"
  | "notOpen"
  | "cancelled"
  | "completed"
  | "deadlinePassed"
  | "merchantNotApproved"
  | "merchantSuspended"
  | "alreadySignedUp"
  | "partnerUnknown";

type EventState = { status: "DRAFT" | "PUBLISHED" | "CANCELLED" | "COMPLETED"; signupDeadline: Date };
type MerchantState = { verificationStatus: string; accountState: string };

/** Why a merchant cannot sign up for an event now, or null when it can. */
export function signupRefusal(event: EventState, merchant: MerchantState, now: Date): SignupRefusal | null {
  if (event.status === "DRAFT") return "notOpen";
  if (event.status === "CANCELLED") return "cancelled";
  if (event.status === "COMPLETED") return "completed";
  if (now.getTime() > event.signupDeadline.getTime()) return "deadlinePassed";
  if (merchant.verificationStatus !== "APPROVED") return "merchantNotApproved";
  if (merchant.accountState !== "ACTIVE") return "merchantSuspended";
  return null;
}

/** A signup can be withdrawn while its event is published and has not started. */
export function canWithdraw(event: { status: EventState["status"]; startsAt: Date }, now: Date): boolean {
  return event.status === "PUBLISHED" && now.getTime() < event.startsAt.getTime();
}

/**
 * Check-in is open on the event's days in Asia/Shanghai, from midnight of its
 * first day to the end of its last, and only for a published or completed
 * event: not days before, and not afterwards.
 */
export function checkInOpen(
  event: { status: EventState["status"]; startsAt: Date; endsAt: Date },
  now: Date,
): "open" | "notOpen" | "closed" {
  if (event.status !== "PUBLISHED" && event.status !== "COMPLETED") return "notOpen";
  const today = shanghaiDay(now);
  return today >= shanghaiDay(event.startsAt) && today <= shanghaiDay(event.endsAt) ? "open" : "closed";
}

/** Whether an event is over: completed, or published and ended. A cancelled event never took place. */
export function hasEnded(event: { status: string; endsAt: Date }, now = new Date()): boolean {
  return event.status === "COMPLETED" || (event.status === "PUBLISHED" && event.endsAt < now);
}

/** Where an event is found by the key in its URL: its slug or its id. */
export function eventKeyWhere(key: string) {
  // A key no event can have (control characters) finds nothing, without asking the database to compare it.
  if (!hasNoControlCharacters(key) || key.length > 200) return { id: "" };
  return { OR: [{ slug: key }, { id: key }] };
}

export function parseAttendeeNames(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
