// Demo data: the 1+N zone system, parks, warehouses, the 32 platforms, about
// 250 merchants and four demo accounts. Deterministic (fixed seed, fixed
// dates) and idempotent: nothing is written when the pilot zone exists.
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { PLATFORMS } from "@/lib/reference/platforms";
import { cst } from "./dates";
import { encryptTotpSecret } from "@/lib/server/auth/totp";
import { CURRENT_NOTICE } from "@/lib/privacy/notice";
import { buildAccounts, withDemoSecondFactor } from "./demo-accounts";
import { buildMerchants } from "./demo-merchants";
import { PARKS } from "./demo-parks";
import { DEMO_PILOT_ZONE_CODE, DEMO_ZONES, PILOT_ZONE } from "./demo-zones";
import { rng, seededId } from "./random";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, type DemoAccount } from "./demo-accounts";

const SEED = 20_250_101;

type DemoData = {
  pilotZone: Prisma.ZoneCreateManyInput;
  zones: Prisma.ZoneCreateManyInput[];
  parks: Prisma.ParkCreateManyInput[];
  warehouses: Prisma.WarehouseCreateManyInput[];
  platforms: Prisma.PlatformCreateManyInput[];
  merchants: Prisma.MerchantCreateManyInput[];
  merchantPlatforms: Prisma.MerchantPlatformCreateManyInput[];
  merchantCategories: Prisma.MerchantCategoryCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
};

/** The pilot zone, the demonstration zones under it, the parks and their warehouses. */
function buildZones(newId: () => string) {
  const zoneCreated = cst(2023, 1, 3);
  const pilotZone: Prisma.ZoneCreateManyInput = {
    id: newId(),
    kind: "PILOT",
    sortOrder: 0,
    parentId: null,
    createdAt: zoneCreated,
    updatedAt: zoneCreated,
    ...PILOT_ZONE,
  };
  const zoneIds = new Map<string, string>([[PILOT_ZONE.code, pilotZone.id!]]);
  const zones = DEMO_ZONES.map((z, i): Prisma.ZoneCreateManyInput => {
    const id = newId();
    zoneIds.set(z.code, id);
    return {
      id,
      kind: "DEMONSTRATION",
      sortOrder: i + 1,
      parentId: pilotZone.id,
      createdAt: zoneCreated,
      updatedAt: zoneCreated,
      ...z,
    };
  });

  const parkIds = new Map<string, string>();
  const parks: Prisma.ParkCreateManyInput[] = [];
  const warehouses: Prisma.WarehouseCreateManyInput[] = [];
  for (const p of PARKS) {
    const id = newId();
    parkIds.set(p.code, id);
    parks.push({
      id,
      code: p.code,
      zoneId: zoneIds.get(p.zoneCode)!,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      districtZh: p.districtZh,
      districtEn: p.districtEn,
      marketProcurementPilot: p.marketProcurementPilot,
      createdAt: zoneCreated,
      updatedAt: zoneCreated,
    });
    for (const w of p.warehouses) {
      warehouses.push({ id: newId(), parkId: id, createdAt: zoneCreated, ...w });
    }
  }
  return { pilotZone, zones, parks, warehouses, parkIds };
}

/** Builds every row of the demo data set; pure and deterministic. */
export function buildDemoData(passwordHash: string): DemoData {
  const r = rng(SEED);
  // Ids come from their own sequence, so that they do not shift the other draws.
  const ids = rng(SEED ^ 0x5eed);
  const newId = () => seededId(ids);

  const { parkIds, ...places } = buildZones(newId);
  const platformIds = new Map<string, string>();
  const platforms = PLATFORMS.map((p, i): Prisma.PlatformCreateManyInput => {
    const id = newId();
    platformIds.set(p.code, id);
    return { id, code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, website: p.website, sortOrder: i + 1 };
  });
  const merchantRows = buildMerchants(r, newId, { parkIds, platformIds });
  const accounts = buildAccounts(newId, passwordHash, {
    xiyongParkId: parkIds.get("XIYONG")!,
    merchantIds: [merchantRows.merchants[0].id!, merchantRows.merchants[1].id!],
  });
  return { ...places, platforms, ...merchantRows, ...accounts };
}

/**
 * Writes the demo data set in one transaction. Idempotent: when the pilot
 * zone (CQ-PILOT) already exists nothing is written and `created` is false.
 */
export async function seedDemo(db: Db, opts: { passwordHash: string }): Promise<{ created: boolean }> {
  const exists = async (client: Pick<Db, "zone">) =>
    (await client.zone.findUnique({ where: { code: DEMO_PILOT_ZONE_CODE }, select: { id: true } })) !== null;

  if (await exists(db)) return { created: false };
  const data = buildDemoData(opts.passwordHash);

  try {
    const created = await db.$transaction(
      async (tx) => {
        if (await exists(tx)) return false;
        await tx.zone.create({ data: data.pilotZone });
        await tx.zone.createMany({ data: data.zones });
        await tx.park.createMany({ data: data.parks });
        await tx.warehouse.createMany({ data: data.warehouses });
        await tx.platform.createMany({ data: data.platforms });
        await tx.merchant.createMany({ data: data.merchants });
        await tx.merchantPlatform.createMany({ data: data.merchantPlatforms });
        await tx.merchantCategory.createMany({ data: data.merchantCategories });
        await tx.user.createMany({
          data: withDemoSecondFactor(data.users, process.env.AUTH_SECRET ? encryptTotpSecret : null),
        });
        await tx.membership.createMany({ data: data.memberships });
        // The demo accounts agreed to the notice in force when they were seeded, so the demo opens on their pages.
        await tx.privacyConsent.createMany({
          data: data.users.map((u) => ({
            userId: u.id!,
            noticeVersion: CURRENT_NOTICE.id,
            purpose: "REGISTRATION" as const,
          })),
        });
        await tx.notification.createMany({ data: data.notifications });
        return true;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return { created };
  } catch (error) {
    // Another process seeded at the same time and won the race.
    if (await exists(db)) return { created: false };
    throw error;
  }
}
