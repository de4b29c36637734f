import "server-only";
import { cache } from "react";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { CURRENT_NOTICE, consentIsOutdated, type NoticeVersion } from "@/lib/privacy/notice";
import { db } from "@/lib/server/db";

export type ConsentPurpose = "REGISTRATION" | "INVITATION" | "EVENT_SIGNUP" | "RENEWAL";

/** What the server knows of a consent the form carried: where it came from (clientIp), and for a signup the attendees' statement. */
export type GivenConsent = { clientAddress: string; attendeesInformed?: boolean };

/**
 * Writes a consent to the notice in force, inside the caller's transaction,
 * so that it exists exactly when the action it was given for does.
 */
export async function recordConsent(
  tx: DbOrTx,
  userId: string,
  purpose: ConsentPurpose,
  given: GivenConsent,
  options: { eventId?: string; notice?: NoticeVersion; now?: Date } = {},
) {
  await tx.privacyConsent.create({
    data: {
      userId,
      purpose,
      noticeVersion: (options.notice ?? CURRENT_NOTICE).id,
      clientAddress: given.clientAddress === "unknown" ? null : given.clientAddress,
      eventId: options.eventId ?? null,
      attendeesInformed: given.attendeesInformed === true,
      ...(options.now ? { createdAt: options.now } : {}),
    },
  });
}

/** The version a person last agreed to, or null when they never did. */
export async function latestConsentVersion(client: Db, userId: string): Promise<string | null> {
  const latest = await client.privacyConsent.findFirst({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { noticeVersion: true },
  });
  return latest?.noticeVersion ?? null;
}

/** Whether a signed-in person must agree to the notice in force before using their area. */
export async function needsConsent(client: Db, userId: string, current: NoticeVersion = CURRENT_NOTICE) {
  return consentIsOutdated(await latestConsentVersion(client, userId), current);
}

/** The same, asked once per request however many layouts and pages guard it. */
export const needsConsentNow = cache((userId: string) => needsConsent(db, userId));
