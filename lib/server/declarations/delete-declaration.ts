import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { applyRollupDeltas, deltaOf } from "./rollups";
import type { DeclarationActor } from "./create-declaration";

export type DeleteDeclarationResult = { ok: true } | { ok: false; reason: "notFound" };

/**
 * Removes one of the merchant's own declarations and takes it out of the
 * rollups. The merchant is part of the delete's where: another merchant's
 * declaration is simply not found.
 */
export async function deleteDeclaration(
  db: Db,
  actor: DeclarationActor,
  declarationId: string,
): Promise<DeleteDeclarationResult> {
  return db.$transaction(async (tx) => {
    const where = {
      id: declarationId,
      merchantId: actor.merchantId,
      merchant: { verificationStatus: "APPROVED" as const, accountState: "ACTIVE" as const },
    };
    const row = await tx.declaration.findFirst({
      where,
      include: { merchant: { select: { id: true, parkId: true } } },
    });
    if (!row) return { ok: false, reason: "notFound" } as const;
    const deleted = await tx.declaration.deleteMany({ where: { id: row.id, merchantId: actor.merchantId } });
    if (deleted.count !== 1) return { ok: false, reason: "notFound" } as const;
    await applyRollupDeltas(tx, [deltaOf(row, row.merchant, -1)]);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "declaration.delete",
      entityType: "Declaration",
      entityId: row.id,
      details: {
        merchantId: actor.merchantId,
        month: row.month,
        customsMode: row.customsMode,
        valueFen: row.valueFen.toString(),
        reference: row.reference,
      },
    });
    return { ok: true } as const;
  });
}
