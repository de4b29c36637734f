import "server-only";
import type { Db, DbOrTx } from "@/lib/db/create-client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { GoalCreateInput, GoalUpdateInput } from "@/lib/validation/goals";

export type SaveGoalResult =
  { ok: true; goalId: string } | { ok: false; fieldErrors: Record<string, string> } | { ok: false; reason: "notFound" };

function data(input: GoalUpdateInput | GoalCreateInput) {
  return {
    metric: input.metric,
    zoneId: input.zoneId,
    unit: input.unit,
    targetValue: input.targetValue,
    baselineValue: input.baselineValue,
    baselineYear: input.baselineYear,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    labelZh: input.labelZh,
    labelEn: input.labelEn,
  };
}

async function zoneIsValid(tx: DbOrTx, zoneId: string | null) {
  return !zoneId || (await tx.zone.count({ where: { id: zoneId, kind: "DEMONSTRATION" } })) === 1;
}

/** Changes a goal: its target, baseline, period, scope or latest reported figure. */
export async function updateGoal(db: Db, actorId: string, input: GoalUpdateInput): Promise<SaveGoalResult> {
  return db.$transaction(async (tx) => {
    if (!(await zoneIsValid(tx, input.zoneId))) return { ok: false, fieldErrors: { zoneId: "zone" } } as const;
    const before = await tx.goal.findUnique({ where: { id: input.goalId }, select: { reportedValue: true } });
    if (!before) return { ok: false, reason: "notFound" } as const;
    const reportedChanged = before.reportedValue !== input.reportedValue;
    await tx.goal.update({
      where: { id: input.goalId },
      data: {
        ...data(input),
        reportedValue: input.reportedValue,
        ...(reportedChanged ? { reportedAt: input.reportedValue === null ? null : new Date() } : {}),
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "goal.update",
      entityType: "Goal",
      entityId: input.goalId,
      details: {
        targetValue: input.targetValue.toString(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        reportedValue: input.reportedValue?.toString() ?? null,
      },
    });
    return { ok: true, goalId: input.goalId } as const;
  });
}

/** Adds a goal, for the city or a zone. */
export async function createGoal(db: Db, actorId: string, input: GoalCreateInput): Promise<SaveGoalResult> {
  return db.$transaction(async (tx) => {
    const [taken, zoneOk] = await Promise.all([
      tx.goal.count({ where: { code: input.code } }),
      zoneIsValid(tx, input.zoneId),
    ]);
    if (taken || !zoneOk)
      return {
        ok: false,
        fieldErrors: { ...(taken ? { code: "codeTaken" } : {}), ...(zoneOk ? {} : { zoneId: "zone" }) },
      } as const;
    const goal = await tx.goal.create({
      data: {
        ...data(input),
        code: input.code,
        reportedValue: input.reportedValue,
        reportedAt: input.reportedValue === null ? null : new Date(),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "goal.create",
      entityType: "Goal",
      entityId: goal.id,
      details: { code: input.code, metric: input.metric },
    });
    return { ok: true, goalId: goal.id } as const;
  });
}
