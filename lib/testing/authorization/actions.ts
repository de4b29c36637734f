// Every server action, and what each caller gets from it (see outcomes.ts). Each cell
// prepares its own records (a fresh SKU of merchant A, say), so that one caller's
// success never changes what the next one finds; `watch` reads what must stay as it
// was when the action refuses.
import type { Db } from "@/lib/db/create-client";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { shownSecondsAgo } from "@/lib/testing/human-time";
import { newTicketCode, signedTicketCode } from "@/lib/server/events/ticket-code";
import {
  ACTIVE_MERCHANTS,
  all,
  byAccess,
  MERCHANTS,
  REVIEWERS,
  SIGNED_IN,
  type ActionOutcome,
  type Row,
} from "./outcomes";
import { newDeclaration, newSku, PNG, type Caller, type World } from "./world";
import { deadLetterJob } from "@/lib/testing/job-fixtures";
import { JOBS, portalJobQueue } from "@/lib/server/jobs/portal-jobs";
import { requestClosure } from "@/lib/server/privacy/closure-requests";

/** How many rollup rebuilds the job queue holds. */
async function rollupRebuildsQueued() {
  const { rows } = await (await portalJobQueue()).list({ skip: 0, take: 100 });
  return rows.filter((j) => j.name === JOBS.rollups).length;
}

/** A person's pending closure request (what a refused decision must leave as it was). */
const pendingClosure = (db: Db, userId: string) =>
  db.accountClosureRequest.findFirstOrThrow({ where: { userId }, select: { id: true, status: true } });

export type FormFields = Record<string, string | string[] | Blob>;
export type Prepared = { form: FormFields; watch?: () => Promise<unknown> };

export type ActionEntry = {
  /** The message key of the access refusal (formAction's `forbidden`, `errors.forbidden` by default). */
  refusal?: string;
  /** The message key for a caller signed out, when it differs. */
  signedOut?: string;
  /** The message key that says the record is not the caller's. */
  notFound?: string;
  prepare?: (w: World, db: Db, caller: Caller) => Promise<Prepared>;
  /** How the page calls it, when not as `(prevState, formData)`. */
  call?: (action: (...args: never[]) => Promise<unknown>, form: FormData, w: World) => Promise<unknown>;
  /** `(formData)` with no answer (plainAction): its outcome is whether `watch` changed. */
  plain?: boolean;
  /** The action ends the caller's session (it is opened again after the cell). */
  endsSession?: boolean;
  expect: Row<ActionOutcome>;
};

let serial = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++serial}`;

const staffOnly = (ok: ActionOutcome, refusal: string): ActionEntry => ({
  refusal,
  expect: byAccess(["staff"], ok, "refused"),
});
/** An action for an approved, active merchant's members, with an input that makes no record of another's. */
const activeMerchant = (ok: ActionOutcome, other: ActionOutcome = ok): Row<ActionOutcome> => ({
  ...byAccess(ACTIVE_MERCHANTS, ok, "refused"),
  otherMerchant: other,
});
/** Owner-only actions: the member is refused by the same message, in the use case. */
const ownerOnly = (other: ActionOutcome): Row<ActionOutcome> => ({
  ...byAccess(["owner"], "ok", "refused"),
  otherMerchant: other,
});

const row = (db: Db, model: string, id: string) =>
  (db as unknown as Record<string, { findUnique(a: object): Promise<unknown> }>)[model].findUnique({ where: { id } });

async function freshSignup(db: Db, w: World) {
  const event = await makeEvent(db, { capacity: 5 });
  await db.event.update({ where: { id: event.id }, data: { seatsTaken: 1 } });
  return db.signup.create({
    data: { eventId: event.id, merchantId: w.merchantId, seats: 1, attendeeNames: '["张伟"]', status: "CONFIRMED" },
  });
}

/** A ticket of merchant A for an event held today, when check-in is open. */
async function ticketToday(db: Db, w: World) {
  // Starting now and ending six hours later: today in Shanghai, whatever the hour.
  const event = await makeEvent(db, { capacity: 5, startsAt: new Date() });
  await db.event.update({ where: { id: event.id }, data: { seatsTaken: 1 } });
  const signup = await db.signup.create({
    data: { eventId: event.id, merchantId: w.merchantId, seats: 1, attendeeNames: '["张伟"]', status: "CONFIRMED" },
  });
  return db.ticket.create({
    data: {
      signupId: signup.id,
      eventId: event.id,
      merchantId: w.merchantId,
      position: 0,
      name: "张伟",
      code: newTicketCode(),
    },
  });
}

const freshNotice = async (db: Db, w: World): Promise<Prepared> => {
  const notice = await db.notification.create({
    data: { userId: w.users.owner, merchantId: w.merchantId, kind: "welcome" },
  });
  return { form: { id: notice.id }, watch: () => row(db, "notification", notice.id) };
};

const skuRef = async (w: World, db: Db): Promise<Prepared> => {
  const sku = await newSku(db, w.merchantId);
  return { form: { id: sku.id }, watch: () => row(db, "sku", sku.id) };
};

const A = "app/merchant/(approved)";
export const ACTIONS: Record<string, ActionEntry> = {
  // Public forms: open to anyone; a form that cannot succeed gets its answer, for every caller alike.
  "app/(public)/forgot-password/actions.ts#requestResetAction": { expect: all("invalid") },
  "app/(public)/invite/[token]/actions.ts#acceptInvitationAction": {
    expect: all("says:invite.problem.invalid.text"),
  },
  "app/(public)/login/actions.ts#loginAction": { expect: all("says:login.invalid") },
  "app/(public)/register/actions.ts#registerAction": { expect: all("invalid") },
  "app/(public)/reset-password/[token]/actions.ts#resetPasswordAction": {
    expect: all("says:resetPassword.invalidText"),
  },
  "lib/server/actions/set-locale-action.ts#setLocaleAction": {
    plain: true,
    prepare: async () => ({ form: { locale: "en" } }),
    expect: all("changed"),
  },

  // Any signed-in user, for their own account or inbox.
  "app/(public)/consent/actions.ts#renewConsentAction": {
    refusal: "errors.forbidden",
    expect: byAccess(SIGNED_IN, "invalid", "refused"),
  },
  "app/(public)/account/privacy-actions.ts#requestClosureAction": {
    refusal: "privacyRights.closure.errors.forbidden",
    expect: byAccess(SIGNED_IN, "invalid", "refused"),
  },
  "app/(public)/account/privacy-actions.ts#withdrawClosureAction": {
    refusal: "privacyRights.closure.errors.forbidden",
    expect: byAccess(SIGNED_IN, "says:privacyRights.closure.errors.noneToWithdraw", "refused"),
  },
  "app/(public)/account/actions.ts#changePasswordAction": {
    refusal: "account.forbidden",
    expect: byAccess(SIGNED_IN, "invalid", "refused"),
  },
  "app/(public)/account/actions.ts#endSessionAction": {
    refusal: "account.forbidden",
    notFound: "deviceSessions.notFound",
    // A session of a user who is none of the callers: no one may end it.
    prepare: async (_w, db) => {
      const stranger = await db.user.create({
        data: { email: `${unique("stranger")}@example.com`, name: "他人", passwordHash: "x", role: "STAFF" },
      });
      const session = await db.session.create({
        data: { userId: stranger.id, expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
      });
      return { form: { sessionId: session.id }, watch: () => row(db, "session", session.id) };
    },
    expect: byAccess(SIGNED_IN, "notFound", "refused"),
  },
  // Two-step sign-in: a wrong code (and password) turns nothing on or off and makes no codes.
  "app/(public)/account/mfa/actions.ts#confirmSecondFactorAction": {
    refusal: "account.forbidden",
    prepare: async () => ({ form: { code: "000000" } }),
    expect: byAccess(SIGNED_IN, "says:secondFactor.wrongCode", "refused"),
  },
  "app/(public)/account/mfa/actions.ts#manageSecondFactorAction": {
    refusal: "account.forbidden",
    prepare: async () => ({ form: { password: "not the password", code: "000000", intent: "disable" } }),
    expect: byAccess(SIGNED_IN, "says:secondFactor.wrongPasswordOrCode", "refused"),
  },
  // Security keys: options for any signed-in user (a challenge of their own); a made-up answer adds
  // nothing, and a wrong password removes nothing.
  "app/(public)/account/mfa/actions.ts#securityKeyOptionsAction": {
    refusal: "account.forbidden",
    prepare: async () => ({ form: {} }),
    expect: byAccess(SIGNED_IN, "ok", "refused"),
  },
  "app/(public)/account/mfa/actions.ts#addSecurityKeyAction": {
    refusal: "account.forbidden",
    prepare: async () => ({ form: { name: "Key", response: '{"id":"x","type":"public-key","response":{}}' } }),
    expect: byAccess(SIGNED_IN, "says:securityKeys.failed", "refused"),
  },
  "app/(public)/account/mfa/actions.ts#removeSecurityKeyAction": {
    refusal: "account.forbidden",
    prepare: async () => ({ form: { id: "no-such-key", password: "not the password" } }),
    expect: byAccess(SIGNED_IN, "says:securityKeys.wrongPassword", "refused"),
  },
  "lib/server/notifications/actions.ts#markReadAction": {
    plain: true,
    prepare: (w, db) => freshNotice(db, w),
    expect: byAccess(["owner"], "changed", "unchanged"),
  },
  "lib/server/notifications/actions.ts#markAllReadAction": {
    plain: true,
    prepare: async (w, db) => ({ ...(await freshNotice(db, w)), form: {} }),
    expect: byAccess(["owner"], "changed", "unchanged"),
  },

  // Events: a merchant's users sign their company up; whether it may is the use case's answer.
  "app/(public)/events/[slug]/actions.ts#signUpAction": {
    refusal: "events.refusals.forbidden",
    signedOut: "events.refusals.signInAgain",
    prepare: async (_w, db) => {
      const event = await makeEvent(db, { capacity: 5 });
      return {
        form: {
          formShownAt: shownSecondsAgo("eventSignup"),
          eventKey: event.slug,
          attendees: ["王芳"],
          privacyConsent: "on",
          attendeesInformed: "on",
        },
        watch: () => db.signup.findMany({ where: { eventId: event.id } }),
      };
    },
    expect: {
      ...byAccess(MERCHANTS, "ok", "refused"),
      pending: "says:events.refusals.merchantNotApproved",
      suspended: "says:events.refusals.merchantSuspended",
    },
  },
  "app/(public)/events/[slug]/actions.ts#withdrawAction": {
    refusal: "events.refusals.forbidden",
    signedOut: "events.refusals.signInAgain",
    notFound: "events.refusals.withdrawNotFound",
    prepare: async (w, db) => {
      const signup = await freshSignup(db, w);
      return { form: { signupId: signup.id, eventKey: signup.eventId }, watch: () => row(db, "signup", signup.id) };
    },
    expect: { ...byAccess(MERCHANTS, "notFound", "refused"), owner: "ok", member: "ok" },
  },

  // Commission staff only.
  "app/admin/(lists)/data/goals/actions.ts#saveGoalAction": staffOnly("invalid", "dataAdmin.staffOnly"),
  "app/admin/(lists)/data/rates/actions.ts#setRateAction": staffOnly("invalid", "dataAdmin.staffOnly"),
  "app/admin/(lists)/data/statistics/actions.ts#setStatAction": staffOnly("invalid", "dataAdmin.staffOnly"),
  "app/admin/(lists)/data/statistics/actions.ts#removeStatAction": staffOnly("invalid", "dataAdmin.staffOnly"),
  "app/admin/(lists)/data/statistics/actions.ts#importStatsAction": staffOnly(
    "says:dataAdmin.statistics.noFile",
    "dataAdmin.staffOnly",
  ),
  "app/admin/(lists)/events/new/actions.ts#createEventAction": staffOnly(
    "invalid",
    "eventsAdmin.statusActions.errors.forbidden",
  ),
  // The job queue (staff only): retrying a dead-letter job puts it back in the queue; a rebuild is queued.
  "app/admin/(lists)/jobs/actions.ts#retryJobAction": {
    plain: true,
    prepare: async (_w, db) => {
      const job = await deadLetterJob(db);
      return { form: { jobId: job.id }, watch: job.state };
    },
    expect: byAccess(["staff"], "changed", "unchanged"),
  },
  "app/admin/(lists)/jobs/actions.ts#rebuildRollupsAction": {
    plain: true,
    prepare: async () => ({ form: {}, watch: rollupRebuildsQueued }),
    expect: byAccess(["staff"], "changed", "unchanged"),
  },
  // A fresh person's pending request each time: staff decide it, nobody else can.
  "app/admin/(lists)/closures/actions.ts#completeClosureAction": {
    refusal: "privacyRights.queue.errors.forbidden",
    prepare: async (w, db) => {
      const m = await makeMerchant(db, { parkId: w.parkId });
      await requestClosure(db, { userId: m.userId });
      return {
        form: { requestId: (await pendingClosure(db, m.userId)).id },
        watch: () => pendingClosure(db, m.userId),
      };
    },
    expect: byAccess(["staff"], "ok", "refused"),
  },
  "app/admin/(lists)/closures/actions.ts#rejectClosureAction": {
    refusal: "privacyRights.queue.errors.forbidden",
    prepare: async (w, db) => {
      const m = await makeMerchant(db, { parkId: w.parkId });
      await requestClosure(db, { userId: m.userId });
      const form = { requestId: (await pendingClosure(db, m.userId)).id, reason: "Declarations under review" };
      return { form, watch: () => pendingClosure(db, m.userId) };
    },
    expect: byAccess(["staff"], "ok", "refused"),
  },
  "app/admin/(lists)/partners/actions.ts#savePartnerAction": staffOnly("invalid", "partners.errors.forbidden"),
  "app/admin/(lists)/partners/actions.ts#setPartnerActiveAction": {
    ...staffOnly("notFound", "partners.errors.forbidden"),
    notFound: "partners.errors.notFound",
  },
  "app/admin/(lists)/zones/actions.ts#designateZoneAction": staffOnly("invalid", "admin.zones.staffOnly"),
  "app/admin/(lists)/zones/actions.ts#createZoneAction": staffOnly("invalid", "zonesAdmin.staffOnly"),
  "app/admin/(lists)/zones/actions.ts#createParkAction": staffOnly("invalid", "zonesAdmin.staffOnly"),
  "app/admin/(lists)/zones/actions.ts#moveParkAction": {
    ...staffOnly("notFound", "zonesAdmin.notFound"),
    refusal: "zonesAdmin.staffOnly",
    notFound: "zonesAdmin.notFound",
  },
  "app/admin/events/[id]/actions.ts#updateEventAction": {
    ...staffOnly("invalid", "eventsAdmin.statusActions.errors.forbidden"),
    call: (action, form, w) =>
      (action as unknown as (id: string, p: object, f: FormData) => Promise<unknown>)(w.event.id, {}, form),
    prepare: async (w, db) => ({ form: {}, watch: () => row(db, "event", w.event.id) }),
  },
  "app/admin/events/[id]/actions.ts#changeStatusAction": {
    ...staffOnly("invalid", "eventsAdmin.statusActions.errors.forbidden"),
    // Cancelling needs a reason: staff get that field error, and the event stays published.
    prepare: async (w, db) => ({
      form: { eventId: w.event.id, transition: "cancel", reason: "" },
      watch: () => row(db, "event", w.event.id),
    }),
  },
  "app/admin/events/[id]/actions.ts#checkInAction": {
    ...staffOnly("ok", "ticketScan.errors.forbidden"),
    prepare: async (w, db) => {
      const ticket = await ticketToday(db, w);
      return {
        form: { eventId: ticket.eventId, ticketId: ticket.id, mode: "in" },
        watch: () => row(db, "ticket", ticket.id),
      };
    },
  },
  "app/admin/events/[id]/actions.ts#scanTicketAction": {
    ...staffOnly("ok", "ticketScan.errors.forbidden"),
    prepare: async (w, db) => {
      const ticket = await ticketToday(db, w);
      return {
        form: { eventId: ticket.eventId, code: signedTicketCode(ticket.code) },
        watch: () => row(db, "ticket", ticket.id),
      };
    },
  },
  // Staff, and A's own park operator, record what came of a held event for A; another park's operator
  // finds no such company (a field error), and nothing is written.
  "app/admin/events/[id]/follow-ups/actions.ts#recordFollowUpAction": {
    refusal: "eventFollowUps.errors.forbidden",
    prepare: async (w, db) => {
      const event = await makeEvent(db, { capacity: 5 });
      await db.signup.create({
        data: { eventId: event.id, merchantId: w.merchantId, seats: 1, attendeeNames: '["张伟"]', status: "CONFIRMED" },
      });
      await db.event.update({ where: { id: event.id }, data: { startsAt: new Date(Date.now() - 3_600_000) } });
      return {
        form: { eventId: event.id, merchantId: w.merchantId, outcome: "SAMPLE_ORDER", note: "" },
        watch: () => db.eventFollowUp.findMany({ where: { eventId: event.id } }),
      };
    },
    expect: { ...byAccess(REVIEWERS, "ok", "refused"), otherOperator: "invalid" },
  },

  // Review decisions: staff, and the merchant's own park operator; another park's merchant is not found.
  "app/admin/merchants/[id]/actions.ts#reviewAction": {
    refusal: "review.actions.forbidden",
    notFound: "review.actions.notFound",
    prepare: async (w, db) => {
      const m = await makeMerchant(db, { parkId: w.parkId, status: "PENDING" });
      return {
        form: { merchantId: m.merchantId, decision: "approve" },
        watch: () => row(db, "merchant", m.merchantId),
      };
    },
    expect: { ...byAccess(REVIEWERS, "ok", "refused"), otherOperator: "notFound" },
  },

  // The approved merchant area.
  [`${A}/declarations/actions.ts#createDeclarationAction`]: {
    refusal: "declarations.forbidden",
    expect: activeMerchant("invalid"),
  },
  [`${A}/declarations/actions.ts#deleteDeclarationAction`]: {
    refusal: "declarations.forbidden",
    notFound: "declarations.delete.notFound",
    prepare: async (w, db) => {
      const d = await newDeclaration(db, w.merchantId, w.users.owner);
      return { form: { declarationId: d.id }, watch: () => row(db, "declaration", d.id) };
    },
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/profile/actions.ts#updateProfileAction`]: {
    refusal: "profile.unavailable",
    expect: activeMerchant("invalid"),
  },
  [`${A}/profile/actions.ts#uploadLogoAction`]: {
    refusal: "profile.unavailable",
    expect: activeMerchant("invalid"),
  },
  [`${A}/profile/actions.ts#removeLogoAction`]: {
    refusal: "profile.unavailable",
    // The caller's own company has a logo (A's, or B's for B): the action takes no id.
    prepare: async (w, db, caller) => {
      const merchantId = caller === "otherMerchant" ? w.otherMerchantId : w.merchantId;
      await db.merchantLogo.upsert({
        where: { merchantId },
        create: { merchantId, contentType: "image/png", data: PNG },
        update: {},
      });
      return { form: {}, watch: () => db.merchantLogo.count() };
    },
    expect: activeMerchant("ok"),
  },
  [`${A}/settings/api/actions.ts#createTokenAction`]: {
    refusal: "apiTokens.errors.ownerOnly",
    prepare: async (_w, db) => ({
      // The matrix's users have no usable password: the owner gets past the
      // ownership check to the re-authentication, which refuses (ASVS 3.7.1).
      form: { name: unique("erp"), currentPassword: "not the password" },
      // Every company's: B makes one of its own.
      watch: () => db.apiToken.count(),
    }),
    expect: { ...byAccess(["owner"], "invalid", "refused"), otherMerchant: "invalid" },
  },
  [`${A}/settings/api/actions.ts#revokeTokenAction`]: {
    refusal: "apiTokens.errors.ownerOnly",
    notFound: "apiTokens.errors.notFound",
    prepare: async (w, db) => {
      const { newApiToken } = await import("@/lib/server/api/tokens");
      const t = newApiToken();
      const token = await db.apiToken.create({
        data: { merchantId: w.merchantId, name: unique("erp"), prefix: t.prefix, tokenHash: t.tokenHash },
      });
      return { form: { tokenId: token.id }, watch: () => row(db, "apiToken", token.id) };
    },
    expect: ownerOnly("notFound"),
  },
  [`${A}/skus/actions.ts#saveSkuAction`]: {
    refusal: "skus.form.forbidden",
    notFound: "skus.form.notFound",
    prepare: async (w, db) => {
      const sku = await newSku(db, w.merchantId);
      const form = {
        id: sku.id,
        status: "ACTIVE",
        code: sku.code,
        nameZh: "改过的名字",
        nameEn: "",
        hsCode: "8518300000",
        originCountry: "CN",
        unitPrice: "99.00",
        currency: "CNY",
        weightGrams: "60",
        markets: ["US"],
      };
      return { form, watch: () => row(db, "sku", sku.id) };
    },
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/skus/actions.ts#archiveSkuAction`]: {
    refusal: "skus.detail.forbidden",
    notFound: "skus.detail.notFound",
    prepare: skuRef,
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/skus/actions.ts#restoreSkuAction`]: {
    refusal: "skus.detail.forbidden",
    notFound: "skus.detail.notFound",
    prepare: async (w, db) => {
      const prepared = await skuRef(w, db);
      await db.sku.update({ where: { id: prepared.form.id as string }, data: { status: "ARCHIVED" } });
      return prepared;
    },
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/skus/actions.ts#deleteSkuAction`]: {
    refusal: "skus.detail.forbidden",
    notFound: "skus.detail.notFound",
    prepare: skuRef,
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/skus/actions.ts#bulkMarketsAction`]: {
    refusal: "skus.bulk.forbidden",
    notFound: "skus.bulk.notFound",
    prepare: async (w, db) => {
      const sku = await newSku(db, w.merchantId);
      return {
        form: { ids: [sku.id], markets: ["JP"], mode: "add" },
        watch: () => db.skuMarket.findMany({ where: { skuId: sku.id } }),
      };
    },
    expect: activeMerchant("ok", "notFound"),
  },
  [`${A}/team/actions.ts#inviteMemberAction`]: {
    refusal: "team.errors.ownerOnly",
    prepare: async (_w, db) => ({
      form: { email: `${unique("invitee")}@example.com` },
      // Every company's: B invites to its own.
      watch: () => db.invitation.count(),
    }),
    expect: ownerOnly("ok"),
  },
  [`${A}/team/actions.ts#removeMemberAction`]: {
    refusal: "team.errors.ownerOnly",
    notFound: "team.errors.notFound",
    prepare: async (w, db) => {
      const user = await db.user.create({
        data: {
          email: `${unique("colleague")}@example.com`,
          name: "同事",
          passwordHash: "x",
          role: "MERCHANT",
          membership: { create: { merchantId: w.merchantId, role: "MEMBER" } },
        },
        include: { membership: true },
      });
      return { form: { membershipId: user.membership!.id }, watch: () => row(db, "membership", user.membership!.id) };
    },
    expect: ownerOnly("notFound"),
  },
  [`${A}/team/actions.ts#revokeInvitationAction`]: {
    refusal: "team.errors.ownerOnly",
    notFound: "team.errors.notFound",
    prepare: async (w, db) => {
      const invitation = await db.invitation.create({
        data: {
          merchantId: w.merchantId,
          email: `${unique("invitee")}@example.com`,
          tokenHash: unique("hash"),
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { form: { invitationId: invitation.id }, watch: () => row(db, "invitation", invitation.id) };
    },
    expect: ownerOnly("notFound"),
  },
  "app/merchant/status/actions.ts#resubmitAction": {
    refusal: "merchant.statusPage.notAllowed",
    expect: { ...byAccess(["pending", "suspended", "owner", "otherMerchant"], "invalid", "refused") },
  },
};
