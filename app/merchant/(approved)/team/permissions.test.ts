import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub, redirectTarget } from "@/lib/testing/next-stubs";
import type { FormState } from "@/lib/forms/form-state";

// The request the actions run in: the host links are built from.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined }),
}));

const { db } = await import("@/lib/server/db");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { seedDemo } = await import("@/lib/seed/demo");
const { hashPassword } = await import("@/lib/server/auth/password");
const { newInvitationToken } = await import("@/lib/server/team/tokens");
const team = await import("@/app/merchant/(approved)/team/actions");
const api = await import("@/app/merchant/(approved)/settings/api/actions");
const profile = await import("@/app/merchant/(approved)/profile/actions");
const skus = await import("@/app/merchant/(approved)/skus/actions");
const declarations = await import("@/app/merchant/(approved)/declarations/actions");
const events = await import("@/app/(public)/events/[slug]/actions");

type Role = "owner" | "member";
type Outcome = { allowed: boolean; message?: string };

const ids: Record<Role, string> = { owner: "", member: "" };
let merchantId = "";
let serial = 0;

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};

/** Runs an action as someone: allowed (saved, or redirected onward) or refused with a message. */
async function as(who: Role, call: () => Promise<FormState<unknown, unknown>>): Promise<Outcome> {
  sessionStub.userId = ids[who];
  try {
    const state = await call();
    return state.ok ? { allowed: true } : { allowed: false, message: state.message };
  } catch (error) {
    if (redirectTarget(error) !== null) return { allowed: true };
    throw error;
  }
}

async function throwawayMember() {
  const user = await db.user.create({
    data: {
      email: `throwaway${serial++}@example.com`,
      name: "临时成员",
      passwordHash: "x",
      role: "MERCHANT",
      membership: { create: { merchantId, role: "MEMBER" } },
    },
    include: { membership: true },
  });
  return user.membership!.id;
}

async function profileFields(overrides: Record<string, string> = {}) {
  const m = await db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    include: { platforms: true, categories: true },
  });
  return form({
    nameZh: m.nameZh,
    nameEn: m.nameEn,
    uscc: m.uscc,
    contactName: m.contactName,
    contactPhone: m.contactPhone,
    platformIds: m.platforms.map((p) => p.platformId),
    hsChapters: m.categories.map((c) => c.hsChapter),
    ...overrides,
  });
}

async function openEvent() {
  const day = 86_400_000;
  const event = await db.event.create({
    data: {
      slug: `permissions-${serial++}`,
      titleZh: "权限测试活动",
      titleEn: "Permissions test event",
      belt: "dazu-hardware",
      startsAt: new Date(Date.now() + 20 * day),
      endsAt: new Date(Date.now() + 20 * day + 3_600_000),
      signupDeadline: new Date(Date.now() + 10 * day),
      capacity: 100,
      status: "PUBLISHED",
    },
  });
  return event.slug;
}

const TEAM_OWNER_ONLY = "Only your company's owner can manage the team.";
const TOKENS_OWNER_ONLY = "Only your company's administrator can manage API tokens.";
const IDENTITY_OWNER_ONLY =
  "Only your company's owner can change the company name or the unified social credit code. Nothing was saved.";

/**
 * The owner/member permissions, one row per team action: what the owner may
 * do, what a member may do, and what a refused member reads.
 */
const PERMISSIONS: { action: string; member: boolean; refusal?: string; run: (who: Role) => Promise<Outcome> }[] = [
  {
    action: "invite a colleague",
    member: false,
    refusal: TEAM_OWNER_ONLY,
    run: (who) => as(who, () => team.inviteMemberAction({}, form({ email: `invitee${serial++}@example.com` }))),
  },
  {
    action: "remove a member",
    member: false,
    refusal: TEAM_OWNER_ONLY,
    run: async (who) => {
      const membershipId = await throwawayMember();
      return as(who, () => team.removeMemberAction({}, form({ membershipId })));
    },
  },
  {
    action: "revoke an invitation",
    member: false,
    refusal: TEAM_OWNER_ONLY,
    run: async (who) => {
      const inv = await db.invitation.create({
        data: {
          merchantId,
          email: `pending${serial++}@example.com`,
          tokenHash: newInvitationToken().tokenHash,
          invitedById: ids.owner,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
      return as(who, () => team.revokeInvitationAction({}, form({ invitationId: inv.id })));
    },
  },
  {
    action: "create an API token",
    member: false,
    refusal: TOKENS_OWNER_ONLY,
    // A token is made only with the caller's own password typed again.
    run: (who) =>
      as(who, () => api.createTokenAction({}, form({ name: `ERP ${serial++}`, currentPassword: PASSWORD }))),
  },
  {
    action: "revoke an API token",
    member: false,
    refusal: TOKENS_OWNER_ONLY,
    run: async (who) => {
      await as("owner", () => api.createTokenAction({}, form({ name: `ERP ${serial++}`, currentPassword: PASSWORD })));
      const token = await db.apiToken.findFirstOrThrow({ where: { merchantId, revokedAt: null } });
      return as(who, () => api.revokeTokenAction({}, form({ tokenId: token.id })));
    },
  },
  {
    action: "change the company's identity (name, USCC: a new review)",
    member: false,
    refusal: IDENTITY_OWNER_ONLY,
    run: async (who) => {
      const outcome = await as(who, async () =>
        profile.updateProfileAction({}, await profileFields({ nameZh: `重庆权限测试${serial++}有限公司` })),
      );
      // The owner's change sent the company back to review: approve it again for the next rows.
      await db.merchant.update({ where: { id: merchantId }, data: { verificationStatus: "APPROVED" } });
      return outcome;
    },
  },
  {
    action: "edit the contact details",
    member: true,
    run: async (who) =>
      as(who, async () =>
        profile.updateProfileAction({}, await profileFields({ contactName: `联系人${serial++}`.slice(0, 50) })),
      ),
  },
  {
    action: "upload the logo",
    member: true,
    run: (who) => {
      const png = new Uint8Array(64);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const f = new FormData();
      f.set("logo", new File([png], "logo.png", { type: "image/png" }));
      return as(who, () => profile.uploadLogoAction({}, f));
    },
  },
  {
    action: "manage SKUs (archive one)",
    member: true,
    run: async (who) => {
      const sku = await db.sku.create({
        data: {
          merchantId,
          code: `PERM-${serial++}`,
          hsCode: "850440",
          hsChapter: "85",
          unitPriceMinor: 1000,
          currency: "CNY",
          weightGrams: 100,
        },
      });
      return as(who, () => skus.archiveSkuAction({}, form({ id: sku.id })));
    },
  },
  {
    action: "manage declarations (record one)",
    member: true,
    run: (who) =>
      as(who, () =>
        declarations.createDeclarationAction(
          {},
          form({
            declaredOn: "2025-03-18",
            customsMode: "9610",
            direction: "EXPORT",
            country: "US",
            amount: "1000.00",
            currency: "CNY",
            platform: "amazon",
            hsChapter: "85",
            reference: `PERM-${serial++}`,
          }),
        ),
      ),
  },
  {
    action: "sign the company up for an event",
    member: true,
    run: async (who) => {
      const eventKey = await openEvent();
      return as(who, () =>
        events.signUpAction(
          {},
          form({
            formShownAt: shownSecondsAgo("eventSignup"),
            privacyConsent: "on",
            attendeesInformed: "on",
            eventKey,
            attendees: ["王五"],
          }),
        ),
      );
    },
  },
];

/** Everyone's password here: creating an API token asks for it again. */
const PASSWORD = "owner and member passphrase";

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await seedDemo(db, { passwordHash });
  ids.owner = (await db.user.findUniqueOrThrow({ where: { email: "merchant@example.com" } })).id;
  merchantId = (await db.membership.findUniqueOrThrow({ where: { userId: ids.owner } })).merchantId;
  ids.member = (
    await db.user.create({
      data: {
        email: "plain.member@example.com",
        name: "普通成员",
        passwordHash,
        role: "MERCHANT",
        membership: { create: { merchantId, role: "MEMBER" } },
      },
    })
  ).id;
});
afterAll(() => db.$disconnect());

describe("what the owner and a member may do", () => {
  it.each(PERMISSIONS)("$action: the owner may", async (row) => {
    expect(await row.run("owner")).toEqual({ allowed: true });
  });

  it.each(PERMISSIONS)("$action: a member may: $member", async (row) => {
    const merchantBefore = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    const outcome = await row.run("member");
    expect(outcome).toEqual(row.member ? { allowed: true } : { allowed: false, message: row.refusal });
    if (!row.member) {
      // A refused member changed nothing about the company itself.
      const after = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
      expect({ ...after, updatedAt: null }).toEqual({ ...merchantBefore, updatedAt: null });
    }
  });
});
