import "server-only";
import { db } from "@/lib/server/db";

/** How long a review takes at most, in working days (Monday to Friday, Shanghai time): the promise the status page makes. */
export const REVIEW_WORKING_DAYS = 5;

const SHANGHAI_OFFSET = 8 * 3_600_000;

/** The same time of day `days` working days later; a Saturday or Sunday in Shanghai does not count. */
export function addWorkingDays(from: Date, days: number): Date {
  let at = from.getTime();
  for (let left = days; left > 0;) {
    at += 86_400_000;
    const weekday = new Date(at + SHANGHAI_OFFSET).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(at);
}

/** The audit actions that are steps of a registration's review, and the step each one is. */
const STEPS = {
  "merchant.resubmit": "resubmitted",
  "merchant.profile_resubmit": "resubmitted",
  "merchant.request_revisions": "REVISION_REQUESTED",
  "merchant.reject": "REJECTED",
  "merchant.approve": "APPROVED",
  "merchant.suspend": "SUSPENDED",
  "merchant.reinstate": "reinstated",
} as const;

export type TimelineStep =
  | { kind: "registered" | (typeof STEPS)[keyof typeof STEPS]; at: Date }
  | { kind: "underReview"; at: Date }
  | { kind: "decisionDue"; by: Date };

type StatusMerchant = {
  id: string;
  createdAt: Date;
  submittedAt: Date;
  reviewedAt: Date | null;
  verificationStatus: string;
  accountState: string;
};

/**
 * The review of a merchant's registration, oldest step first: registered,
 * every decision and resubmission since (from the audit log), and while it
 * waits, when the current review began and the day a decision is due.
 * The caller passes the merchant of the signed-in user only.
 */
export async function getStatusTimeline(merchant: StatusMerchant): Promise<TimelineStep[]> {
  const entries = await db.auditLog.findMany({
    where: { entityType: "Merchant", entityId: merchant.id, action: { in: Object.keys(STEPS) } },
    orderBy: { createdAt: "asc" },
    select: { action: true, createdAt: true },
  });
  const steps: TimelineStep[] = [{ kind: "registered", at: merchant.createdAt }];
  for (const e of entries) steps.push({ kind: STEPS[e.action as keyof typeof STEPS], at: e.createdAt });
  // A decision made before the audit log kept it (the demo data) still shows, at its review time.
  const state = merchant.accountState === "SUSPENDED" ? "SUSPENDED" : merchant.verificationStatus;
  const last = steps.at(-1)!.kind;
  if (state !== "PENDING" && last !== state && merchant.reviewedAt) {
    steps.push({
      kind: state as "REJECTED" | "REVISION_REQUESTED" | "APPROVED" | "SUSPENDED",
      at: merchant.reviewedAt,
    });
  }
  if (state === "PENDING") {
    steps.push({ kind: "underReview", at: merchant.submittedAt });
    steps.push({ kind: "decisionDue", by: addWorkingDays(merchant.submittedAt, REVIEW_WORKING_DAYS) });
  }
  return steps;
}
