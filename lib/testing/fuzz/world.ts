// The data the fuzzer plays against: the demo base, and for our merchant and
// another one a record of every kind an action or a route can name (SKU,
// declaration, token, invitation, import job, notification, signup), so that
// generated input can carry real ids, our own and someone else's.
import type { Db } from "@/lib/db/create-client";
import { seedDemo } from "@/lib/seed/demo";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { hashPassword } from "@/lib/server/auth/password";
import { issuePasswordToken } from "@/lib/server/auth/password-tokens";
import { createDeclaration } from "@/lib/server/declarations/create-declaration";
import { signUp } from "@/lib/server/events/sign-up";
import { ticketsForMerchant } from "@/lib/server/events/tickets";
import { createGoal } from "@/lib/server/goals/save-goal";
import { createImportJob } from "@/lib/server/imports/jobs";
import { saveMerchantLogo } from "@/lib/server/merchants/logo";
import { setOfficialStat } from "@/lib/server/rates/set-official-stat";
import { saveSku } from "@/lib/server/skus/save-sku";
import { inviteMember } from "@/lib/server/team/invite-member";
import { makeEvent, makeMerchant } from "@/lib/testing/event-fixtures";
import { declarationSchema } from "@/lib/validation/declaration";
import { GoalCreate } from "@/lib/validation/goals";
import { OfficialStatInput } from "@/lib/validation/rates";
import { SkuInput } from "@/lib/validation/sku";

export const PASSWORD = "fuzzing passphrase 2026";

export type World = Awaited<ReturnType<typeof buildWorld>>;

const must = <T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(`fuzz world: ${what} failed: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
};

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

export async function buildWorld(db: Db) {
  await seedDemo(db, { passwordHash: await hashPassword(PASSWORD) });
  const user = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
  const xiyong = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
  const platformId = (await db.platform.findUniqueOrThrow({ where: { code: "amazon" } })).id;
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  const mine = owner.membership!.merchantId;
  const theirs = await makeMerchant(db, { parkId: xiyong.id, platformIds: [platformId], hsChapters: ["85"] });
  const revisions = await makeMerchant(db, { parkId: xiyong.id, status: "PENDING", platformIds: [platformId] });
  await db.merchant.update({ where: { id: revisions.merchantId }, data: { verificationStatus: "REVISION_REQUESTED" } });

  // A member (not the owner) of our merchant, and users whose sessions the sign-out targets may end.
  const member = await db.user.create({
    data: {
      email: "fuzz-member@example.com",
      name: "成员",
      passwordHash: await hashPassword(PASSWORD),
      role: "MERCHANT",
      membership: { create: { merchantId: mine, role: "MEMBER" } },
    },
    include: { membership: true },
  });
  const spare = await db.user.create({
    data: { email: "fuzz-spare@example.com", name: "备用", passwordHash: await hashPassword(PASSWORD), role: "STAFF" },
  });

  const ownerActor = { userId: owner.id, merchantId: mine };
  const theirActor = { userId: theirs.userId, merchantId: theirs.merchantId };

  const sku = (code: string) =>
    SkuInput.parse({
      code,
      nameZh: "测试商品",
      hsCode: "8517620000",
      unitPriceMinor: 500,
      currency: "CNY",
      weightGrams: 10,
      markets: ["US"],
    });
  const mySkus = [];
  for (const code of ["FUZZ-MINE-1", "FUZZ-MINE-2"])
    mySkus.push(must(await saveSku(db, ownerActor, sku(code), { mode: "create" }, "api"), "sku"));
  const theirSku = must(await saveSku(db, theirActor, sku("FUZZ-THEIRS-1"), { mode: "create" }, "api"), "sku");

  await db.exchangeRate.createMany({ data: [{ month: "2025-03", currency: "USD", cnyPerUnitMicros: 7_200_000n }] });
  const declaration = (reference: string) =>
    declarationSchema("2026-01-01").parse({
      declaredOn: "2025-03-18",
      customsMode: "9610",
      direction: "EXPORT",
      country: "US",
      amount: "1250.00",
      currency: "USD",
      platform: "amazon",
      hsChapter: "85",
      reference,
    });
  const myDeclaration = must(await createDeclaration(db, ownerActor, declaration("FUZZ-MINE-1")), "declaration");
  const theirDeclaration = must(await createDeclaration(db, theirActor, declaration("FUZZ-THEIRS-1")), "declaration");

  const myToken = must(await createApiToken(db, ownerActor, "fuzz"), "token");
  const theirToken = must(await createApiToken(db, theirActor, "theirs"), "token");

  const mail = { origin: "https://portal.test", locale: "en" as const };
  const myInvitation = must(await inviteMember(db, ownerActor, "fuzz-invitee@example.com", mail), "invitation");
  const theirInvitation = must(await inviteMember(db, theirActor, "their-invitee@example.com", mail), "invitation");

  const job = async (merchantId: string, kind: string) => {
    const { id } = await createImportJob(db, { merchantId, kind, fileName: "fuzz.csv", createdById: null });
    await db.importJob.update({ where: { id }, data: { status: "FAILED", errorReport: "[]" } });
    return id;
  };
  const jobs = {
    mine: [await job(mine, "SKU"), await job(mine, "DECLARATION")],
    theirs: [await job(theirs.merchantId, "SKU"), await job(theirs.merchantId, "DECLARATION")],
  };

  const notification = (userId: string, merchantId: string) =>
    db.notification.create({
      data: { userId, merchantId, kind: "merchant_approve", params: "{}" },
      select: { id: true },
    });
  const myNotification = (await notification(owner.id, mine)).id;
  const theirNotification = (await notification(theirs.userId, theirs.merchantId)).id;

  const png = new Uint8Array(64);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  must(await saveMerchantLogo(db, theirActor, png), "logo");

  const partner = await db.partner.create({ data: { kind: "LOGISTICS", nameZh: "物流伙伴", nameEn: "Logistics" } });
  const event = await makeEvent(db, { capacity: 4, partnerIds: [partner.id] });
  const draft = await makeEvent(db, { status: "DRAFT" });
  const signup = (actor: typeof ownerActor) => signUp(db, actor, event.slug, { attendees: ["张三"], partnerIds: [] });
  const mySignup = must(await signup(ownerActor), "signup");
  const theirSignup = must(await signup(theirActor), "signup");
  // An event held today, so that check-in is open, with our merchant's ticket.
  const today = await makeEvent(db, {
    capacity: 4,
    startsAt: new Date(),
    signupDeadline: new Date(Date.now() + 3_600_000),
  });
  must(await signUp(db, ownerActor, today.slug, { attendees: ["李四"], partnerIds: [] }), "signup today");
  const [todayTicket] = await ticketsForMerchant(db, mine, today.id);

  const staff = await user("staff@example.com");
  const zone = await db.zone.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } });
  const goal = must(
    await createGoal(
      db,
      staff,
      GoalCreate.parse({
        code: "FUZZ_GOAL",
        labelZh: "目标",
        labelEn: "Goal",
        metric: "CBEC_VOLUME",
        target: "100",
        baselineYear: "2025",
        periodStart: "2026-01",
        periodEnd: "2026-12",
      }),
    ),
    "goal",
  );
  must(
    await setOfficialStat(db, staff, OfficialStatInput.parse({ zoneId: zone.id, month: "2026-01", value: "100" })),
    "stat",
  );
  const resetToken = (await issuePasswordToken(db, spare.id, "RESET")).token;

  const company = await db.merchant.findUniqueOrThrow({
    where: { id: mine },
    select: { nameZh: true, nameEn: true, uscc: true, contactName: true, contactPhone: true },
  });

  return {
    company: { ...company, nameEn: company.nameEn ?? "" },
    zoneCode: zone.code,
    platformId,
    users: {
      staff,
      operator: await user("operator@example.com"),
      owner: owner.id,
      member: member.id,
      pending: await user("pending@example.com"),
      revisions: revisions.userId,
      theirOwner: theirs.userId,
      spare: spare.id,
    },
    mine: {
      merchantId: mine,
      skuIds: mySkus.map((s) => s.id),
      skuCodes: mySkus.map((s) => s.code),
      declarationId: myDeclaration.id,
      token: myToken.token,
      tokenId: myToken.id,
      invitationId: myInvitation.invitationId,
      invitationToken: tokenOf(myInvitation.link),
      membershipId: member.membership!.id,
      jobs: jobs.mine,
      notificationId: myNotification,
      signupId: mySignup.signupId,
    },
    theirs: {
      merchantId: theirs.merchantId,
      skuId: theirSku.id,
      skuCode: theirSku.code,
      declarationId: theirDeclaration.id,
      token: theirToken.token,
      tokenId: theirToken.id,
      invitationId: theirInvitation.invitationId,
      invitationToken: tokenOf(theirInvitation.link),
      jobs: jobs.theirs,
      notificationId: theirNotification,
      signupId: theirSignup.signupId,
    },
    parkId: xiyong.id,
    zoneId: zone.id,
    partnerId: partner.id,
    event: { id: event.id, slug: event.slug },
    draft: { id: draft.id, slug: draft.slug },
    today: { id: today.id, ticketId: todayTicket.id, code: todayTicket.code },
    goalId: goal.goalId,
    resetToken,
  };
}

/** Every id in the world: what a forged form or URL may name. */
export function worldIds(w: World): string[] {
  return [
    ...Object.values(w.mine).flat(),
    ...Object.values(w.theirs).flat(),
    ...Object.values(w.users),
    w.parkId,
    w.zoneId,
    w.partnerId,
    w.event.id,
    w.event.slug,
    w.draft.id,
    w.draft.slug,
    w.today.id,
    w.today.ticketId,
    w.goalId,
  ].filter((v): v is string => typeof v === "string");
}

/**
 * Everything of the other merchant's that our merchant's calls could reach by
 * naming it: none of our calls may change any of it, accepted or not.
 */
export async function theirRecords(db: Db, w: World): Promise<string> {
  const merchantId = w.theirs.merchantId;
  const rows = await Promise.all([
    db.merchant.findUnique({ where: { id: merchantId }, include: { platforms: true, categories: true, logo: true } }),
    db.sku.findMany({ where: { merchantId }, include: { stocks: true, markets: true, platforms: true } }),
    db.declaration.findMany({ where: { merchantId } }),
    db.apiToken.findMany({ where: { merchantId }, omit: { lastUsedAt: true } }),
    db.importJob.findMany({ where: { merchantId } }),
    db.invitation.findMany({ where: { merchantId } }),
    db.membership.findMany({ where: { merchantId } }),
  ]);
  return JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? `${value}n` : value));
}
