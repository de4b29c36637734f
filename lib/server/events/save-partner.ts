import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { PartnerInputData } from "@/lib/validation/event";
import { isStaff } from "./staff-actor";
import type { Actor } from "@/lib/server/auth/actor";

export type PartnerResult =
  | { ok: true; partnerId: string; partner: { nameZh: string; nameEn: string } }
  | { ok: false; reason: "forbidden" | "notFound" }
  | { ok: false; fieldErrors: Record<string, string> };

/** Staff add a partner (no id) or edit one; a platform partner names its platform. */
export async function savePartner(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  partnerId: string | null,
  input: PartnerInputData,
): Promise<PartnerResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const platformId = input.kind === "PLATFORM" ? input.platformId : null;
  if (platformId && !(await db.platform.count({ where: { id: platformId } }))) {
    return { ok: false, fieldErrors: { platformId: "invalidChoice" } };
  }
  const data = {
    kind: input.kind,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    platformId,
    markets: input.markets,
    hsChapters: input.hsChapters,
  };
  return db.$transaction(async (tx) => {
    let id = partnerId;
    if (id) {
      const updated = await tx.partner.updateMany({ where: { id }, data });
      if (updated.count !== 1) return { ok: false, reason: "notFound" } as const;
    } else {
      id = (await tx.partner.create({ data, select: { id: true } })).id;
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: partnerId ? "partner.update" : "partner.create",
      entityType: "Partner",
      entityId: id,
      details: data,
    });
    return { ok: true, partnerId: id, partner: { nameZh: input.nameZh, nameEn: input.nameEn } } as const;
  });
}

/** Staff deactivate a partner (it stays on past events) or bring it back. */
export async function setPartnerActive(
  db: Db,
  actor: Pick<Actor, "userId" | "role">,
  partnerId: string,
  active: boolean,
): Promise<PartnerResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const updated = await tx.partner.updateMany({ where: { id: partnerId, active: !active }, data: { active } });
    if (updated.count !== 1) return { ok: false, reason: "notFound" } as const;
    await recordAudit(tx, {
      actorId: actor.userId,
      action: active ? "partner.activate" : "partner.deactivate",
      entityType: "Partner",
      entityId: partnerId,
    });
    const partner = await tx.partner.findUniqueOrThrow({
      where: { id: partnerId },
      select: { nameZh: true, nameEn: true },
    });
    return { ok: true, partnerId, partner } as const;
  });
}
