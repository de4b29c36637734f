import "server-only";
import type { Db } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { SkuData } from "@/lib/validation/sku";
import { loadSkuContext, referenceIssues, type FieldIssue, type SkuActor } from "./context";
import { isUniqueViolation } from "@/lib/db/errors";
import { writeSkus } from "./write-skus";

export type CreateBatchResult =
  | { ok: true; codes: string[] }
  | { ok: false; reason: "conflict"; codes: { index: number; code: string }[] }
  | { ok: false; reason: "invalid"; issues: { index: number; issue: FieldIssue }[] };

/**
 * Creates a batch of new SKUs through the API: all or nothing. A code that
 * the merchant already has, or that appears twice in the batch, is a conflict.
 */
export async function createSkuBatch(db: Db, actor: SkuActor, items: SkuData[]): Promise<CreateBatchResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const ctx = await loadSkuContext(tx, actor.merchantId);
        const issues = items.flatMap((data, index) => referenceIssues(ctx, data).map((issue) => ({ index, issue })));
        if (issues.length) return { ok: false, reason: "invalid", issues } as const;
        const codes = items.map((i) => i.code);
        const taken = new Set(
          (
            await tx.sku.findMany({
              where: { merchantId: actor.merchantId, code: { in: codes } },
              select: { code: true },
            })
          ).map((s) => s.code),
        );
        const seen = new Set<string>();
        const conflicts: { index: number; code: string }[] = [];
        codes.forEach((code, index) => {
          if (taken.has(code) || seen.has(code)) conflicts.push({ index, code });
          seen.add(code);
        });
        if (conflicts.length) return { ok: false, reason: "conflict", codes: conflicts } as const;
        const written = await writeSkus(
          tx,
          ctx,
          items.map((data) => ({ id: null, data })),
          { source: "api", actorId: actor.userId },
        );
        await recordAudit(tx, {
          actorId: actor.userId,
          action: "sku.create_batch",
          entityType: "Merchant",
          entityId: actor.merchantId,
          details: { source: "api", count: written.ids.length, codes: codes.slice(0, 100) },
        });
        return { ok: true, codes } as const;
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict", codes: [] };
    throw error;
  }
}
