import "server-only";
import type { Actor, MerchantActor } from "@/lib/server/auth/actor";
import { parkScope } from "@/lib/server/auth/park-scope";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lookupId } from "@/lib/validation/text";

export const LOGO_MAX_BYTES = 512 * 1024;

export type LogoType = "image/png" | "image/jpeg" | "image/webp";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

/** The image type from the file's first bytes; the declared type is not trusted. */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // "RIFF" <size> "WEBP"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return null;
}

export type LogoProblem = "empty" | "tooLarge" | "type";

/** Checks an upload before anything is stored. */
export function checkLogo(bytes: Uint8Array): { ok: true; contentType: LogoType } | { ok: false; reason: LogoProblem } {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const contentType = detectLogoType(bytes);
  return contentType ? { ok: true, contentType } : { ok: false, reason: "type" };
}

/** The actor's own merchant only: owners and members alike. */
const ownMerchant = (actor: MerchantActor) => ({
  id: actor.merchantId,
  memberships: { some: { userId: actor.userId } },
});

/** Stores (or replaces) the merchant's logo, with an audit entry. */
export async function saveMerchantLogo(
  db: Db,
  actor: MerchantActor,
  bytes: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: LogoProblem | "notFound" }> {
  const checked = checkLogo(bytes);
  if (!checked.ok) return checked;
  const data = new Uint8Array(bytes);
  return db.$transaction(async (tx) => {
    if (!(await tx.merchant.count({ where: ownMerchant(actor) }))) return { ok: false, reason: "notFound" } as const;
    await tx.merchantLogo.upsert({
      where: { merchantId: actor.merchantId },
      create: { merchantId: actor.merchantId, contentType: checked.contentType, data },
      update: { contentType: checked.contentType, data },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "merchant.logo_update",
      entityType: "Merchant",
      entityId: actor.merchantId,
      details: { contentType: checked.contentType, bytes: data.length },
    });
    return { ok: true } as const;
  });
}

/** Removes the merchant's logo, if there is one. */
export async function removeMerchantLogo(db: Db, actor: MerchantActor): Promise<{ ok: boolean }> {
  return db.$transaction(async (tx) => {
    const removed = await tx.merchantLogo.deleteMany({
      where: { merchantId: actor.merchantId, merchant: ownMerchant(actor) },
    });
    if (removed.count !== 1) return { ok: false };
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "merchant.logo_remove",
      entityType: "Merchant",
      entityId: actor.merchantId,
    });
    return { ok: true };
  });
}

/**
 * Who may see a merchant's logo, as a filter on the merchant: its own members,
 * commission staff, and the operator of its park (the logo shows on the
 * company's profile and on the review page only). Anyone else finds nothing.
 */
function logoReaders(actor: Pick<Actor, "userId" | "role" | "parkId">) {
  if (actor.role === "MERCHANT") return { memberships: { some: { userId: actor.userId } } };
  return parkScope(actor);
}

/** The logo, when the actor may see it; otherwise null, exactly as for a merchant without one. */
export function getMerchantLogo(db: Db, actor: Pick<Actor, "userId" | "role" | "parkId">, merchantId: string) {
  return db.merchantLogo.findFirst({
    where: { merchantId: lookupId(merchantId), merchant: logoReaders(actor) },
    select: { contentType: true, data: true, updatedAt: true },
  });
}
