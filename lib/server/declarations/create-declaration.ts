import "server-only";
import type { MerchantActor } from "@/lib/server/auth/actor";
import type { Db } from "@/lib/db/create-client";
import type { DeclarationValues } from "@/lib/validation/declaration";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { applyRollupDeltas, deltaOf } from "./rollups";
import { declarationRecord, findDeclaringMerchant, prepareDeclarations, type RowIssues } from "./prepare-declarations";

/** Who declares: a member of the merchant. */
export type DeclarationActor = MerchantActor;

export type CreateDeclarationResult =
  | { ok: true; id: string; valueFen: bigint }
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "invalid"; fieldErrors: RowIssues };

/** Records one declaration with its rollup change and an audit entry, in one transaction. */
export async function createDeclaration(
  db: Db,
  actor: DeclarationActor,
  input: DeclarationValues,
): Promise<CreateDeclarationResult> {
  return db.$transaction(async (tx) => {
    const merchant = await findDeclaringMerchant(tx, actor.merchantId);
    if (!merchant) return { ok: false, reason: "forbidden" } as const;
    const prepared = await prepareDeclarations(tx, merchant, [input]);
    if (!prepared.ok) return { ok: false, reason: "invalid", fieldErrors: prepared.errors[0].fields } as const;
    const [row] = prepared.rows;
    const created = await tx.declaration.create({
      data: declarationRecord(row, merchant.id, actor.userId),
      select: { id: true },
    });
    await applyRollupDeltas(tx, [deltaOf(row, merchant)]);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "declaration.create",
      entityType: "Declaration",
      entityId: created.id,
      details: {
        merchantId: merchant.id,
        month: row.month,
        customsMode: row.customsMode,
        valueFen: row.valueFen.toString(),
      },
    });
    return { ok: true, id: created.id, valueFen: row.valueFen } as const;
  });
}
