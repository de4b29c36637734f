"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FieldIssue } from "@/lib/forms/field-errors";
import { textValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { logScopedMiss } from "@/lib/server/observability/tenant-probe";
import { createDeclaration } from "@/lib/server/declarations/create-declaration";
import { deleteDeclaration } from "@/lib/server/declarations/delete-declaration";
import type { FieldIssue as DeclarationIssue } from "@/lib/server/declarations/prepare-declarations";
import { shanghaiDay } from "@/lib/time/shanghai";
import { declarationSchema } from "@/lib/validation/declaration";
import { recordId } from "@/lib/validation/text";

const MESSAGES = ["dataValidation", "dataQuality"];
const FORBIDDEN = "declarations.forbidden";

const asIssue = (field: string, issue: DeclarationIssue): FieldIssue => ({
  path: [field],
  message: issue.key,
  params: issue.values,
});

function refreshFigures() {
  revalidatePath("/merchant", "layout");
  revalidatePath("/admin", "layout");
}

export const createDeclarationAction = formAction({
  access: "activeMerchant",
  forbidden: FORBIDDEN,
  schema: () => declarationSchema(shanghaiDay(new Date())),
  values: textValues,
  messages: MESSAGES,
  async run(data, { actor, fail, invalid }) {
    const result = await createDeclaration(db, actor, data);
    if (!result.ok) {
      if (result.reason === "forbidden") return fail(FORBIDDEN);
      return invalid(Object.entries(result.fieldErrors).map(([field, issue]) => asIssue(field, issue)));
    }
    refreshFigures();
    redirect(`/merchant/declarations?created=${encodeURIComponent(result.id)}`);
  },
});

export const deleteDeclarationAction = formAction({
  access: "activeMerchant",
  forbidden: FORBIDDEN,
  schema: z.object({ declarationId: recordId() }),
  malformed: "declarations.delete.notFound",
  values: false,
  async run({ declarationId }, { actor, t, fail }) {
    const result = await deleteDeclaration(db, actor, declarationId);
    if (!result.ok) {
      // Another merchant's declaration answers as a stale id does; the ask is logged as a probe.
      await logScopedMiss(db, {
        kind: "declaration",
        id: declarationId,
        where: "action:/merchant/declarations#deleteDeclarationAction",
        userId: actor.userId,
      });
      return fail("declarations.delete.notFound");
    }
    refreshFigures();
    return { ok: true, message: t("declarations.deleted") };
  },
});
