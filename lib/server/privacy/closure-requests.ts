import "server-only";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/actor";
import type { Mail } from "@/lib/server/mail/send-mail";
import { createNotifications } from "@/lib/server/notifications/notify";
import { renderNotification } from "@/lib/server/notifications/render";
import { lookupId } from "@/lib/validation/text";
import { anonymiseUser, unusablePasswordHash } from "./close-account";
import { workingDaysAfter } from "./working-days";

export type ClosureRefusal = "handOverFirst" | "alreadyRequested";

/**
 * Whether the person owns a company that would be left without an owner:
 * it has other members and none of them owns it. They hand it over first.
 */
export async function mustHandOverFirst(tx: DbOrTx, userId: string): Promise<boolean> {
  const own = await tx.membership.findFirst({ where: { userId, role: "OWNER" }, select: { merchantId: true } });
  if (!own) return false;
  const others = { merchantId: own.merchantId, userId: { not: userId } };
  const [members, owners] = await Promise.all([
    tx.membership.count({ where: others }),
    tx.membership.count({ where: { ...others, role: "OWNER" } }),
  ]);
  return members > 0 && owners === 0;
}

const merchantOf = async (tx: DbOrTx, userId: string) =>
  (await tx.membership.findUnique({ where: { userId }, select: { merchantId: true } }))?.merchantId ?? null;

/** The signed-in person asks to close their own account; only ever their own (the actor is the subject). */
export async function requestClosure(
  db: Db,
  actor: Pick<Actor, "userId">,
  now = new Date(),
): Promise<{ ok: true; dueDay: string } | { ok: false; reason: ClosureRefusal }> {
  const { userId } = actor;
  try {
    return await db.$transaction(async (tx) => {
      if (await mustHandOverFirst(tx, userId)) return { ok: false, reason: "handOverFirst" } as const;
      const open = await tx.accountClosureRequest.count({ where: { userId, status: "PENDING" } });
      if (open) return { ok: false, reason: "alreadyRequested" } as const;
      const request = await tx.accountClosureRequest.create({
        data: { userId, openKey: userId, requestedAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: userId,
        action: "privacy.closure_request",
        entityType: "User",
        entityId: userId,
        merchantId: await merchantOf(tx, userId),
        details: { requestId: request.id },
      });
      return { ok: true, dueDay: workingDaysAfter(now) } as const;
    });
  } catch (error) {
    // Two requests at once: the open key lets one through.
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyRequested" };
    throw error;
  }
}

/** The person takes back their own pending request; false when there is none. */
export async function withdrawClosure(db: Db, actor: Pick<Actor, "userId">): Promise<boolean> {
  const { userId } = actor;
  return db.$transaction(async (tx) => {
    const open = await tx.accountClosureRequest.findFirst({
      where: { userId, status: "PENDING" },
      select: { id: true },
    });
    if (!open) return false;
    const gone = await tx.accountClosureRequest.deleteMany({ where: { id: open.id, userId, status: "PENDING" } });
    if (gone.count !== 1) return false;
    await recordAudit(tx, {
      actorId: userId,
      action: "privacy.closure_withdraw",
      entityType: "User",
      entityId: userId,
      merchantId: await merchantOf(tx, userId),
      details: { requestId: open.id },
    });
    return true;
  });
}

/** The person's latest request, for their account page: pending with its due day, or the last decision. */
export async function getOwnClosureRequest(db: Db, userId: string) {
  const latest = await db.accountClosureRequest.findFirst({
    where: { userId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { status: true, requestedAt: true, decidedAt: true, reason: true },
  });
  return latest ? { ...latest, dueDay: workingDaysAfter(latest.requestedAt) } : null;
}

export type DecisionResult =
  | { ok: true; mail: Mail | null; notificationIds: string[] }
  | { ok: false; reason: "forbidden" | "notFound" | "ownRequest" | "handOverFirst" };

const isStaff = (actor: Pick<Actor, "role">) => actor.role === "STAFF";

/**
 * Staff reject a pending request with a reason, which the person reads in
 * their inbox and by email (emailNotifications(notificationIds) once committed).
 */
export async function rejectClosure(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  requestId: string,
  reason: string,
  now = new Date(),
): Promise<DecisionResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const request = await tx.accountClosureRequest.findFirst({
      where: { id: lookupId(requestId), status: "PENDING" },
      select: { id: true, userId: true },
    });
    if (!request) return { ok: false, reason: "notFound" } as const;
    if (request.userId === actor.userId) return { ok: false, reason: "ownRequest" } as const;
    const claimed = await tx.accountClosureRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: "REJECTED", openKey: null, decidedAt: now, decidedById: actor.userId, reason },
    });
    if (claimed.count !== 1) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "privacy.closure_reject",
      entityType: "User",
      entityId: request.userId,
      reason,
      merchantId: await merchantOf(tx, request.userId),
      details: { requestId: request.id },
    });
    const notificationIds = await createNotifications(tx, [
      { userId: request.userId, kind: "closureRejected", params: { reason }, link: "/account#closure-heading" },
    ]);
    return { ok: true, mail: null, notificationIds } as const;
  });
}

/**
 * Staff complete a pending request: the account is anonymised
 * (anonymiseUser) in the same transaction as the decision, and the person is
 * told by email at the address they had (returned as `mail`, to send once
 * committed), since the account can no longer sign in to read its inbox.
 * The owner rule is checked again: a company may have gained members since.
 */
export async function completeClosure(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  requestId: string,
  now = new Date(),
): Promise<DecisionResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const unusableHash = await unusablePasswordHash();
  return db.$transaction(async (tx) => {
    const request = await tx.accountClosureRequest.findFirst({
      where: { id: lookupId(requestId), status: "PENDING" },
      select: { id: true, userId: true, user: { select: { locale: true } } },
    });
    if (!request) return { ok: false, reason: "notFound" } as const;
    if (request.userId === actor.userId) return { ok: false, reason: "ownRequest" } as const;
    if (await mustHandOverFirst(tx, request.userId)) return { ok: false, reason: "handOverFirst" } as const;
    const claimed = await tx.accountClosureRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: "COMPLETED", openKey: null, decidedAt: now, decidedById: actor.userId },
    });
    if (claimed.count !== 1) return { ok: false, reason: "notFound" } as const;
    const { formerEmail, merchantId } = await anonymiseUser(tx, request.userId, unusableHash);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "privacy.closure_complete",
      entityType: "User",
      entityId: request.userId,
      merchantId,
      details: { requestId: request.id },
    });
    const locale = request.user.locale === "en" ? "en" : "zh-CN";
    const { title, body, footer } = await renderNotification({ kind: "closureCompleted", params: "{}" }, locale);
    const mail: Mail = { to: formerEmail, subject: title, text: `${body}\n\n${footer}`, template: "privacy.closure" };
    return { ok: true, mail, notificationIds: [] } as const;
  });
}

/** Pending requests, for the staff navigation's badge. */
export function countPendingClosures(db: Db) {
  return db.accountClosureRequest.count({ where: { status: "PENDING" } });
}
