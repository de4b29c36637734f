// The privacy notice's versions: the one place that says which text is in
// force and since when. Plain data, no server imports, so the notice page, the
// consent forms and the consent guard read the same list. A new version is a
// new entry at the top with its own catalog subtree (privacyNotice.v2 …); the
// earlier entries stay, so /privacy lists them with their dates and a consent
// names the version that was read.

export type NoticeVersion = {
  /** What a consent records (PrivacyConsent.noticeVersion). Never reused. */
  id: string;
  /** The Asia/Shanghai day the version came into force (YYYY-MM-DD). */
  effectiveDate: string;
  /** The catalog subtree that holds this version's text. */
  textKey: `privacyNotice.${string}`;
};

/** Every version, newest first. */
export const NOTICE_VERSIONS: readonly NoticeVersion[] = [
  { id: "1", effectiveDate: "2026-12-01", textKey: "privacyNotice.v1" },
];

export const CURRENT_NOTICE: NoticeVersion = NOTICE_VERSIONS[0];

/**
 * What a consent box sent, read as agreement to the version in force: the
 * browser's box sends the version it showed (CURRENT_NOTICE.id when the page
 * was built), so a form opened before the notice changed does not count for
 * the new text; a plain tick ("on", or true from the JSON route) agrees to
 * the version in force when it arrives.
 */
export function agreesToCurrentNotice(value: unknown): boolean {
  return value === CURRENT_NOTICE.id || value === "on" || value === true;
}

/** A box ticked on a page that showed another version of the notice (a number that is not the current one). */
export function agreesToOtherNotice(value: unknown): boolean {
  return typeof value === "string" && /^\d{1,6}$/.test(value) && value !== CURRENT_NOTICE.id;
}

/** The section ids of a version's text, in the order the notice shows them. */
export const NOTICE_SECTIONS = [
  "controller",
  "collected",
  "basis",
  "retention",
  "processors",
  "rights",
  "contact",
  "changes",
] as const;
export type NoticeSection = (typeof NOTICE_SECTIONS)[number];

/** What the notice names as collected, one row each: from prisma/schema.prisma. */
export const COLLECTED_ITEMS = [
  "account",
  "companyContact",
  "invitations",
  "attendees",
  "signIn",
  "clientAddresses",
  "consents",
  "notifications",
  "auditTrail",
] as const;

/** The rights the notice explains, each with where on the portal it is exercised. */
export const RIGHTS = ["access", "correction", "deletion", "withdrawal", "explanation"] as const;

export type NoticeHistory = {
  current: NoticeVersion;
  /** Earlier versions, newest first, each with the day the next one replaced it. */
  earlier: (NoticeVersion & { replacedOn: string })[];
};

/** The version in force and the ones before it, for the notice page. */
export function noticeHistory(versions: readonly NoticeVersion[] = NOTICE_VERSIONS): NoticeHistory {
  const sorted = [...versions].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate));
  const [current, ...rest] = sorted;
  return {
    current,
    earlier: rest.map((version, i) => ({ ...version, replacedOn: sorted[i].effectiveDate })),
  };
}

/** Whether a person whose latest consent named `version` must be asked again. */
export function consentIsOutdated(version: string | null | undefined, current: NoticeVersion = CURRENT_NOTICE) {
  return version !== current.id;
}

/** The consent page, and the signed-in pages that never ask for consent first. */
export const CONSENT_PATH = "/consent";
