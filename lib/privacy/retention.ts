// How long the portal keeps each kind of record: the one table that the
// privacy notice renders (/privacy) and the retention job enforces
// (lib/server/privacy/retention-job.ts). Plain data, no server imports, so a
// page or a client component can read it as well.

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a period counts from:
 * - expiry: the record's own end of validity (expiresAt, resetAt);
 * - end: a session's end, whichever comes first of its expiry and its revocation;
 * - read: when the user read it (unread ones stay);
 * - finish: when the job or import finished.
 */
export type RetentionAnchor = "expiry" | "end" | "read" | "finish";

export type Retention =
  /** Deleted `days` after the anchor (0: as soon as it is reached). */
  | { kind: "period"; anchor: RetentionAnchor; days: number; enforcedBy: "retentionJob" | "jobQueue" | "import" }
  /** Kept while the user's or the company's account exists; closing it anonymises or removes it. */
  | { kind: "account" }
  /** Kept as a statutory record (declarations, registration records, the audit trail): never pruned. */
  | { kind: "statutory" };

export type RetentionKind = {
  /** Stable id: an anchor on /privacy (#retention-<id>) and a key in the retention job's result. */
  id: RetentionKindId;
  /** The Prisma models the kind covers (documentation; what the job prunes is its own code). */
  models: readonly string[];
  retention: Retention;
  /** Catalog keys: the record's name and the basis (why and under what rule it is kept so long). */
  nameKey: `privacyRetention.kinds.${RetentionKindId}.name`;
  basisKey: `privacyRetention.kinds.${RetentionKindId}.basis`;
};

export const RETENTION_KIND_IDS = [
  "userAccount",
  "membership",
  "secondFactor",
  "consent",
  "closureRequests",
  "merchantRegistration",
  "skus",
  "apiTokens",
  "declarations",
  "eventSignups",
  "eventFollowUps",
  "notificationsUnread",
  "notificationsRead",
  "sessions",
  "invitations",
  "passwordTokens",
  "webAuthnChallenges",
  "rateLimitCounters",
  "idempotencyKeys",
  "importJobs",
  "importFiles",
  "backgroundJobs",
  "auditLog",
  "publicRecords",
] as const;

export type RetentionKindId = (typeof RETENTION_KIND_IDS)[number];

function kind(id: RetentionKindId, models: readonly string[], retention: Retention): RetentionKind {
  return {
    id,
    models,
    retention,
    nameKey: `privacyRetention.kinds.${id}.name`,
    basisKey: `privacyRetention.kinds.${id}.basis`,
  };
}

const account: Retention = { kind: "account" };
const statutory: Retention = { kind: "statutory" };

/** Every kind of record the portal keeps, in the order the privacy notice lists them. */
export const RETENTION_TABLE: readonly RetentionKind[] = [
  kind("userAccount", ["User"], account),
  kind("membership", ["Membership"], account),
  kind("secondFactor", ["RecoveryCode", "WebAuthnCredential"], account),
  kind("consent", ["PrivacyConsent"], account),
  kind("closureRequests", ["AccountClosureRequest"], statutory),
  kind("merchantRegistration", ["Merchant", "MerchantPlatform", "MerchantCategory", "MerchantLogo"], statutory),
  kind("skus", ["Sku", "SkuStock", "StockChange", "SkuMarket", "SkuPlatform"], account),
  kind("apiTokens", ["ApiToken"], account),
  kind("declarations", ["Declaration", "DeclarationRollup", "ExchangeRate"], statutory),
  kind("eventSignups", ["Signup", "Ticket", "SignupInterest"], account),
  kind("eventFollowUps", ["EventFollowUp"], account),
  kind("notificationsUnread", ["Notification"], account),
  kind("notificationsRead", ["Notification"], {
    kind: "period",
    anchor: "read",
    days: 365,
    enforcedBy: "retentionJob",
  }),
  // Ended sessions serve nothing; a sign-in also clears its user's expired ones (lib/server/auth/sessions.ts).
  kind("sessions", ["Session"], { kind: "period", anchor: "end", days: 0, enforcedBy: "retentionJob" }),
  kind("invitations", ["Invitation"], { kind: "period", anchor: "expiry", days: 30, enforcedBy: "retentionJob" }),
  kind("passwordTokens", ["PasswordToken"], { kind: "period", anchor: "expiry", days: 7, enforcedBy: "retentionJob" }),
  kind("webAuthnChallenges", ["WebAuthnChallenge"], {
    kind: "period",
    anchor: "expiry",
    days: 0,
    enforcedBy: "retentionJob",
  }),
  kind("rateLimitCounters", ["RateLimitBucket"], {
    kind: "period",
    anchor: "expiry",
    days: 0,
    enforcedBy: "retentionJob",
  }),
  kind("idempotencyKeys", ["ApiIdempotencyKey"], {
    kind: "period",
    anchor: "expiry",
    days: 0,
    enforcedBy: "retentionJob",
  }),
  kind("importJobs", ["ImportJob"], account),
  kind("importFiles", ["ImportJob.payload"], { kind: "period", anchor: "finish", days: 0, enforcedBy: "import" }),
  kind("backgroundJobs", ["BackgroundJob"], { kind: "period", anchor: "finish", days: 7, enforcedBy: "jobQueue" }),
  kind("auditLog", ["AuditLog"], statutory),
  kind(
    "publicRecords",
    ["Zone", "Park", "Warehouse", "Platform", "Partner", "Event", "OfficialStat", "Goal"],
    statutory,
  ),
];

export function retentionOf(id: RetentionKindId): RetentionKind {
  const found = RETENTION_TABLE.find((k) => k.id === id);
  if (!found) throw new Error(`Unknown retention kind: ${id}`);
  return found;
}

/** The retention period of a kind the retention job prunes, in milliseconds. */
export function retentionPeriodMs(id: RetentionKindId): number {
  const { retention } = retentionOf(id);
  if (retention.kind !== "period") throw new Error(`${id} is not kept for a period`);
  return retention.days * DAY_MS;
}

/** The records the retention job deletes, cut off at `now` less the kind's period. */
export function retentionCutoff(id: RetentionKindId, now: Date): Date {
  return new Date(now.getTime() - retentionPeriodMs(id));
}

/**
 * The sentence that states a kind's retention, as a catalog key and its
 * values: `t(key, values)`, e.g. "Deleted 30 days after it expires".
 */
export function retentionMessage(retention: Retention): { key: string; values: Record<string, number> } {
  switch (retention.kind) {
    case "account":
      return { key: "privacyRetention.rule.account", values: {} };
    case "statutory":
      return { key: "privacyRetention.rule.statutory", values: {} };
    case "period":
      return { key: `privacyRetention.rule.${retention.anchor}`, values: { days: retention.days } };
  }
}
