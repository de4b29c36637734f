// The fuzz entry of every server action: who calls it, the good form the
// generated ones are made from, and how many cases. A refused call must
// change nothing; `mayWrite` names what a refusal writes on purpose.
import fc from "fast-check";
import { usccCheckChar } from "@/lib/validation/uscc";
import { shownSecondsAgo } from "@/lib/testing/human-time";
import { badString, csvFile, formEntries, type FormEntry } from "./arbitraries";
import { PASSWORD, worldIds, type World } from "./world";

export type Caller = keyof World["users"] | null;

export type ActionSpec = {
  as: Caller;
  form: fc.Arbitrary<FormEntry[]>;
  runs: number;
  /** A plain action answers nothing: whether a case is a refusal (then it must change nothing). */
  plain?: (entries: readonly FormEntry[]) => "refused" | "accepted";
  /** The arguments bound before (prev, formData), e.g. the event's id. */
  bound?: fc.Arbitrary<string>;
  /** Sign the caller in afresh before each case (the target ends sessions). */
  fresh?: boolean;
  mayWrite?: readonly string[];
};

const uscc = (n: number) => {
  const first17 = `91500106MA${String(n).padStart(7, "0")}`;
  return first17 + usccCheckChar(first17);
};

/** A file field: a CSV (or any bytes) as a File, among the form's other fuzzed fields. */
const withFile = (name: string, bytes: fc.Arbitrary<Uint8Array>, type = "text/csv") =>
  fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: bytes.map((file) => [[name, { file, name: "upload.csv", type }]] as FormEntry[]) },
        { weight: 1, arbitrary: badString.map((text) => [[name, text]] as FormEntry[]) },
        { weight: 1, arbitrary: fc.constant([] as FormEntry[]) },
      ),
      formEntries({}),
    )
    .map(([file, rest]) => [...file, ...rest]);

export function actionTargets(w: World): Record<string, ActionSpec> {
  const ids = worldIds(w);
  const form = (good: Record<string, string | readonly string[]>, pool: readonly string[] = ids) =>
    formEntries(good, pool);
  const password = { password: "a new long passphrase 2026", confirmPassword: "a new long passphrase 2026" };
  const company = {
    nameZh: w.company.nameZh,
    nameEn: w.company.nameEn,
    uscc: w.company.uscc,
    contactName: w.company.contactName ?? "张三",
    contactPhone: w.company.contactPhone ?? "13800138000",
    platformIds: [w.platformId],
    hsChapters: ["85"],
  };
  const event = {
    titleZh: "对接会",
    titleEn: "Matchmaking",
    descriptionZh: "",
    descriptionEn: "",
    belt: "general",
    startsAt: "2027-01-10T09:00",
    endsAt: "2027-01-10T17:00",
    signupDeadline: "2027-01-05T09:00",
    venueZh: "会场",
    venueEn: "",
    onlineUrl: "",
    capacity: "50",
    partnerIds: [w.partnerId],
  };
  const declaration = {
    declaredOn: "2025-03-18",
    customsMode: "9610",
    direction: "EXPORT",
    country: "US",
    amount: "1250.00",
    currency: "USD",
    platform: "amazon",
    hsChapter: "85",
    reference: "FUZZ-NEW-1",
  };
  const reviewable = [w.theirs.merchantId, ...ids.filter((id) => id !== w.mine.merchantId)];

  return {
    "app/(public)/account/actions.ts#changePasswordAction": {
      as: "spare",
      fresh: true,
      runs: 12,
      form: form({ currentPassword: PASSWORD, newPassword: password.password, confirmPassword: password.password }),
    },
    "app/(public)/account/mfa/actions.ts#confirmSecondFactorAction": {
      as: "spare",
      runs: 20,
      form: form({ code: "123456" }),
    },
    "app/(public)/account/mfa/actions.ts#manageSecondFactorAction": {
      as: "staff",
      runs: 20,
      form: form({ password: PASSWORD, code: "123456", intent: "renew" }),
    },
    "app/(public)/account/mfa/actions.ts#securityKeyOptionsAction": {
      as: "spare",
      runs: 10,
      form: form({}),
    },
    "app/(public)/account/mfa/actions.ts#addSecurityKeyAction": {
      as: "spare",
      runs: 20,
      form: form({ name: "Key", response: "{}" }),
    },
    "app/(public)/account/mfa/actions.ts#removeSecurityKeyAction": {
      as: "spare",
      runs: 20,
      form: form({ id: "", password: PASSWORD }),
    },
    "app/(public)/account/privacy-actions.ts#requestClosureAction": {
      as: "spare",
      runs: 15,
      form: form({ confirm: "on" }),
    },
    "app/(public)/account/privacy-actions.ts#withdrawClosureAction": {
      as: "spare",
      runs: 15,
      form: form({}),
    },
    "app/(public)/account/actions.ts#endSessionAction": {
      as: "spare",
      runs: 20,
      form: form({ sessionId: "" }),
    },
    "app/(public)/consent/actions.ts#renewConsentAction": {
      as: "owner",
      runs: 20,
      form: form({ privacyConsent: "on", next: "/merchant" }),
    },
    "app/(public)/events/[slug]/actions.ts#signUpAction": {
      as: "owner",
      runs: 60,
      form: form({
        formShownAt: shownSecondsAgo("eventSignup"),
        eventKey: w.event.slug,
        attendees: ["李四"],
        partnerIds: [w.partnerId],
        privacyConsent: "on",
        attendeesInformed: "on",
      }),
    },
    "app/(public)/events/[slug]/actions.ts#withdrawAction": {
      as: "owner",
      runs: 40,
      form: form({ signupId: w.mine.signupId, eventKey: w.event.slug }),
    },
    "app/(public)/forgot-password/actions.ts#requestResetAction": {
      as: null,
      runs: 40,
      form: form({ email: "pending@example.com", formShownAt: shownSecondsAgo("passwordReset") }),
    },
    "app/(public)/invite/[token]/actions.ts#acceptInvitationAction": {
      as: null,
      runs: 30,
      form: form({ token: w.mine.invitationToken, name: "新同事", privacyConsent: "on", ...password }, [
        w.theirs.invitationToken,
        w.resetToken,
        ...ids,
      ]),
    },
    "app/(public)/login/actions.ts#loginAction": {
      as: null,
      runs: 12,
      form: form({ email: "merchant@example.com", password: PASSWORD, callbackUrl: "/merchant" }),
    },
    "app/(public)/register/actions.ts#registerAction": {
      as: null,
      runs: 40,
      // A company code registered already is refused and audited, for staff to see (SECURITY.md).
      mayWrite: ["AuditLog"],
      form: form({
        formShownAt: shownSecondsAgo("register"),
        ...company,
        uscc: uscc(4242),
        parkId: w.parkId,
        email: "fuzz-new-company@example.com",
        password: password.password,
        privacyConsent: "on",
      }),
    },
    "app/(public)/reset-password/[token]/actions.ts#resetPasswordAction": {
      as: null,
      runs: 30,
      form: form({ token: w.resetToken, ...password }, [w.mine.invitationToken, ...ids]),
    },
    "app/admin/(lists)/data/goals/actions.ts#saveGoalAction": {
      as: "staff",
      runs: 60,
      form: form({
        goalId: w.goalId,
        code: "FUZZ_NEW",
        labelZh: "目标",
        labelEn: "Goal",
        metric: "CBEC_VOLUME",
        zoneId: "",
        target: "100",
        baseline: "0",
        baselineYear: "2025",
        periodStart: "2026-01",
        periodEnd: "2026-12",
        reported: "",
      }),
    },
    "app/admin/(lists)/data/rates/actions.ts#setRateAction": {
      as: "staff",
      runs: 50,
      form: form({ month: "2025-03", currency: "USD", rate: "7.1" }),
    },
    "app/admin/(lists)/data/statistics/actions.ts#setStatAction": {
      as: "staff",
      runs: 50,
      form: form({ zoneId: w.zoneId, month: "2026-02", value: "100.5", source: "fuzz" }),
    },
    "app/admin/(lists)/data/statistics/actions.ts#removeStatAction": {
      as: "staff",
      runs: 40,
      form: form({ zoneId: w.zoneId, month: "2026-01" }),
    },
    "app/admin/(lists)/data/statistics/actions.ts#importStatsAction": {
      as: "staff",
      runs: 50,
      form: withFile(
        "file",
        csvFile(
          [
            ["zone", "month", "value_10k_cny", "source"],
            ["示范区代码", "月份", "进出口额（万元）", "数据来源"],
          ],
          [w.zoneCode, "2026-03", "12.5", "fuzz"],
        ),
      ),
    },
    "app/admin/(lists)/events/new/actions.ts#createEventAction": {
      as: "staff",
      runs: 50,
      form: form(event),
    },
    // No request has this id: whatever the fuzzer sends, no account is closed under the other targets.
    "app/admin/(lists)/closures/actions.ts#completeClosureAction": {
      as: "staff",
      runs: 20,
      form: form({ requestId: "cl0000000000000000000000" }),
    },
    "app/admin/(lists)/closures/actions.ts#rejectClosureAction": {
      as: "staff",
      runs: 20,
      form: form({ requestId: "cl0000000000000000000000", reason: "资料核查中" }),
    },
    "app/admin/(lists)/jobs/actions.ts#retryJobAction": {
      as: "staff",
      runs: 30,
      // No job is in the dead letter here: whatever the id, nothing is retried.
      form: form({ jobId: "00000000-0000-4000-8000-000000000000" }),
      plain: () => "refused",
    },
    // Fuzzed as a park operator, whom it refuses: a staff call queues a rebuild that
    // would rewrite every rollup while the other targets' tables are being compared.
    "app/admin/(lists)/jobs/actions.ts#rebuildRollupsAction": {
      as: "operator",
      runs: 15,
      form: form({}),
      plain: () => "refused",
    },
    "app/admin/(lists)/partners/actions.ts#savePartnerAction": {
      as: "staff",
      runs: 50,
      form: form({
        partnerId: w.partnerId,
        kind: "PLATFORM",
        nameZh: "平台伙伴",
        nameEn: "Platform partner",
        platformId: w.platformId,
        markets: "US,DE",
        hsChapters: "85",
      }),
    },
    "app/admin/(lists)/partners/actions.ts#setPartnerActiveAction": {
      as: "staff",
      runs: 40,
      form: form({ partnerId: w.partnerId, active: "true" }),
    },
    "app/admin/(lists)/zones/actions.ts#designateZoneAction": {
      as: "staff",
      runs: 40,
      form: form({ zoneId: w.zoneId, year: "2024" }),
    },
    "app/admin/(lists)/zones/actions.ts#createZoneAction": {
      as: "staff",
      runs: 50,
      form: form({
        code: "FUZZ_Z",
        nameZh: "示范区",
        nameEn: "Zone",
        descriptionZh: "",
        descriptionEn: "",
        status: "DESIGNATED",
        year: "2025",
      }),
    },
    "app/admin/(lists)/zones/actions.ts#createParkAction": {
      as: "staff",
      runs: 50,
      form: form({
        code: "FUZZ_P",
        zoneId: w.zoneId,
        nameZh: "园区",
        nameEn: "Park",
        districtZh: "",
        districtEn: "",
        marketProcurementPilot: "on",
      }),
    },
    "app/admin/(lists)/zones/actions.ts#moveParkAction": {
      as: "staff",
      runs: 40,
      form: form({ parkId: w.parkId, zoneId: w.zoneId }),
    },
    "app/admin/events/[id]/actions.ts#updateEventAction": {
      as: "staff",
      runs: 50,
      bound: fc.oneof(fc.constantFrom(w.event.id, w.draft.id), badString),
      form: form(event),
    },
    "app/admin/events/[id]/actions.ts#changeStatusAction": {
      as: "staff",
      runs: 40,
      form: form({ eventId: w.draft.id, transition: "publish", reason: "" }),
    },
    "app/admin/events/[id]/actions.ts#checkInAction": {
      as: "staff",
      runs: 40,
      form: form({ eventId: w.today.id, ticketId: w.today.ticketId, mode: "in" }),
    },
    "app/admin/events/[id]/actions.ts#scanTicketAction": {
      as: "staff",
      runs: 40,
      form: form({ eventId: w.today.id, code: w.today.code, scannedAt: String(Date.now()) }),
    },
    "app/admin/events/[id]/follow-ups/actions.ts#recordFollowUpAction": {
      as: "operator",
      runs: 40,
      form: form({ eventId: w.today.id, merchantId: w.mine.merchantId, outcome: "ONBOARDED", partnerId: "", note: "" }),
    },
    "app/admin/merchants/[id]/actions.ts#reviewAction": {
      as: "operator",
      runs: 50,
      form: form({ merchantId: w.theirs.merchantId, decision: "approve", reason: "" }, reviewable),
    },
    "app/merchant/(approved)/declarations/actions.ts#createDeclarationAction": {
      as: "owner",
      runs: 60,
      form: form(declaration),
    },
    "app/merchant/(approved)/declarations/actions.ts#deleteDeclarationAction": {
      as: "owner",
      runs: 40,
      form: form({ declarationId: w.mine.declarationId }),
    },
    "app/merchant/(approved)/profile/actions.ts#updateProfileAction": {
      as: "owner",
      runs: 50,
      form: form(company),
    },
    "app/merchant/(approved)/profile/actions.ts#uploadLogoAction": {
      as: "owner",
      runs: 40,
      form: withFile(
        "logo",
        fc.oneof(
          fc.uint8Array({ maxLength: 100 }),
          fc
            .uint8Array({ maxLength: 100 })
            .map((tail) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...tail])),
          fc.constant(new Uint8Array(3 * 1024 * 1024)),
        ),
        "image/png",
      ),
    },
    "app/merchant/(approved)/profile/actions.ts#removeLogoAction": {
      as: "owner",
      runs: 15,
      form: form({}),
    },
    "app/merchant/(approved)/settings/api/actions.ts#createTokenAction": {
      as: "owner",
      runs: 40,
      form: form({ name: "ERP 2", currentPassword: PASSWORD }),
    },
    "app/merchant/(approved)/settings/api/actions.ts#revokeTokenAction": {
      as: "owner",
      runs: 40,
      form: form({ tokenId: w.theirs.tokenId }),
    },
    "app/merchant/(approved)/skus/actions.ts#saveSkuAction": {
      as: "owner",
      runs: 60,
      form: form({
        id: w.mine.skuIds[0],
        status: "ACTIVE",
        code: w.mine.skuCodes[0],
        nameZh: "蓝牙耳机",
        nameEn: "",
        hsCode: "8518300000",
        originCountry: "CN",
        unitPrice: "129.00",
        currency: "CNY",
        weightGrams: "60",
        markets: ["US", "DE"],
        platforms: ["amazon"],
        "stock_XIYONG-B1": "12",
      }),
    },
    "app/merchant/(approved)/skus/actions.ts#archiveSkuAction": {
      as: "owner",
      runs: 30,
      form: form({ id: w.mine.skuIds[1] }),
    },
    "app/merchant/(approved)/skus/actions.ts#restoreSkuAction": {
      as: "owner",
      runs: 30,
      form: form({ id: w.mine.skuIds[1] }),
    },
    "app/merchant/(approved)/skus/actions.ts#deleteSkuAction": {
      as: "owner",
      runs: 30,
      form: form({ id: w.theirs.skuId }),
    },
    "app/merchant/(approved)/skus/actions.ts#bulkMarketsAction": {
      as: "owner",
      runs: 50,
      form: form({ ids: w.mine.skuIds, markets: ["US"], mode: "add" }),
    },
    "app/merchant/(approved)/team/actions.ts#inviteMemberAction": {
      as: "owner",
      runs: 40,
      form: form({ email: "new-colleague@example.com" }),
    },
    "app/merchant/(approved)/team/actions.ts#removeMemberAction": {
      as: "owner",
      runs: 30,
      form: form({ membershipId: w.mine.membershipId }),
    },
    "app/merchant/(approved)/team/actions.ts#revokeInvitationAction": {
      as: "owner",
      runs: 30,
      form: form({ invitationId: w.theirs.invitationId }),
    },
    "app/merchant/status/actions.ts#resubmitAction": {
      as: "revisions",
      runs: 50,
      form: form({ ...company, uscc: uscc(4343), parkId: w.parkId }),
    },
    "lib/server/actions/set-locale-action.ts#setLocaleAction": {
      as: null,
      runs: 30,
      form: form({ locale: "en" }),
      // It sets a cookie and nothing else.
      plain: () => "refused",
    },
    "lib/server/notifications/actions.ts#markReadAction": {
      as: "owner",
      runs: 40,
      form: form({ id: w.theirs.notificationId }),
      plain: (entries) =>
        entries.some(([name, value]) => name === "id" && value === w.mine.notificationId) ? "accepted" : "refused",
    },
    "lib/server/notifications/actions.ts#markAllReadAction": {
      as: "owner",
      runs: 15,
      form: form({}),
      plain: () => "accepted",
    },
  };
}
