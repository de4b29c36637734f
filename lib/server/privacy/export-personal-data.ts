import "server-only";
import type { Db } from "@/lib/db/create-client";

const parsed = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

/**
 * Everything the portal holds about one person (PIPL Art. 45: access and a
 * copy), read only through their own id: profile, membership, consents,
 * notifications, the signups they made with their attendees, sessions,
 * security keys, the company's API tokens and invitations they created, their
 * closure requests and the audit entries by or about them. Not the company's
 * contact or the address of a colleague invited: those are others'. Never a secret:
 * each query names its fields, so password and token hashes, the
 * authenticator secret, recovery codes, a security key's public key and id,
 * and ticket codes are never read.
 */
export async function collectPersonalData(db: Db, userId: string, now = new Date()) {
  const profile = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      lastLoginAt: true,
      totpEnabledAt: true,
      park: { select: { code: true, nameZh: true, nameEn: true } },
    },
  });
  const [
    memberships,
    consents,
    notifications,
    signups,
    sessions,
    securityKeys,
    apiTokens,
    invitations,
    closureRequests,
    audit,
  ] = await Promise.all([
    db.membership.findMany({
      where: { userId },
      select: {
        role: true,
        createdAt: true,
        merchant: {
          select: { id: true, nameZh: true, nameEn: true, uscc: true },
        },
      },
    }),
    db.privacyConsent.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        noticeVersion: true,
        purpose: true,
        clientAddress: true,
        eventId: true,
        attendeesInformed: true,
        createdAt: true,
      },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { kind: true, params: true, link: true, merchantId: true, readAt: true, createdAt: true },
    }),
    db.signup.findMany({
      where: { createdById: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        seats: true,
        attendeeNames: true,
        status: true,
        createdAt: true,
        checkedInAt: true,
        event: { select: { slug: true, titleZh: true, titleEn: true, startsAt: true } },
        tickets: {
          orderBy: { position: "asc" },
          select: { position: true, name: true, cancelledAt: true, checkedInAt: true },
        },
      },
    }),
    db.session.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true },
    }),
    db.webAuthnCredential.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { name: true, transports: true, createdAt: true, lastUsedAt: true },
    }),
    db.apiToken.findMany({
      where: { createdById: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
    db.invitation.findMany({
      where: { invitedById: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      // Not the address invited: that is the colleague's, not this person's.
      select: { createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    }),
    db.accountClosureRequest.findMany({
      where: { userId },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: { status: true, requestedAt: true, decidedAt: true, reason: true },
    }),
    db.auditLog.findMany({
      where: { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        actorId: true,
        action: true,
        entityType: true,
        entityId: true,
        reason: true,
        details: true,
        createdAt: true,
      },
    }),
  ]);
  const { totpEnabledAt, ...person } = profile;
  return {
    exportedAt: now,
    profile: { ...person, secondFactorOn: totpEnabledAt !== null },
    memberships,
    consents,
    notifications: notifications.map((n) => ({ ...n, params: parsed(n.params) })),
    signups: signups.map((s) => ({ ...s, attendeeNames: parsed(s.attendeeNames) })),
    sessions,
    securityKeys,
    apiTokens,
    invitations,
    closureRequests,
    auditEntries: audit.map(({ actorId, details, ...entry }) => ({
      ...entry,
      byYou: actorId === userId,
      details: parsed(details),
    })),
  };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;

/** How many audit entries the export would hold: the one part that grows without bound. */
export function countPersonalAuditEntries(db: Db, userId: string) {
  return db.auditLog.count({ where: { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] } });
}

type Cell = string | number | boolean | null;

function flatten(value: unknown, prefix: string, out: [string, Cell][]) {
  if (value instanceof Date) out.push([prefix, value.toISOString()]);
  else if (typeof value === "bigint") out.push([prefix, value.toString()]);
  else if (Array.isArray(value)) {
    if (value.length === 0) out.push([prefix, ""]);
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push([prefix, ""]);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.push([prefix, (value ?? null) as Cell]);
}

/**
 * The same data as rows of one CSV: section, record (its number within the
 * section, from 1), field (a dotted path into the record) and value, so that
 * every section fits one table whatever its shape. Times are ISO 8601, UTC.
 */
export function personalDataRows(data: PersonalData): Cell[][] {
  const rows: Cell[][] = [];
  for (const [section, value] of Object.entries(data)) {
    const records = Array.isArray(value) ? value : [value];
    records.forEach((record, i) => {
      const fields: [string, Cell][] = [];
      flatten(record, "", fields);
      for (const [field, cell] of fields) rows.push([section, i + 1, field || "value", cell]);
    });
  }
  return rows;
}
