"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { DeclarationImportReport } from "@/components/declarations/import-form";
import type { FieldIssue } from "@/lib/forms/field-errors";
import { textValues, type TextValues } from "@/lib/forms/text-values";
import { formatCnyCompact } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { createDeclaration } from "@/lib/server/declarations/create-declaration";
import { deleteDeclaration } from "@/lib/server/declarations/delete-declaration";
import { importDeclarations } from "@/lib/server/declarations/import-declarations";
import type { FieldIssue as DeclarationIssue } from "@/lib/server/declarations/prepare-declarations";
import { shanghaiDay } from "@/lib/time/shanghai";
import { declarationSchema } from "@/lib/validation/declaration";
import { recordId } from "@/lib/validation/text";

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const ERRORS_SHOWN = 50;
const MESSAGES = ["dataValidation"];
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
    if (!result.ok) return fail("declarations.delete.notFound");
    refreshFigures();
    return { ok: true, message: t("declarations.deleted") };
  },
});

/** A CSV of declarations, all or nothing: every refused line comes back with its column, in the reader's language. */
export const importDeclarationsAction = formAction<z.ZodObject, "activeMerchant", TextValues, DeclarationImportReport>({
  access: "activeMerchant",
  forbidden: FORBIDDEN,
  schema: z.object({}),
  values: false,
  async run(_input, { actor, t, formData, fail }) {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return fail("declarations.importPage.noFile");
    if (file.size > MAX_IMPORT_BYTES) return fail("declarations.importPage.tooLarge");
    const text = (issue: DeclarationIssue) =>
      t.has(`dataValidation.${issue.key}`)
        ? t(`dataValidation.${issue.key}`, issue.values)
        : t("dataValidation.invalid");
    const column = (field: string) =>
      t.has(`declarations.csvColumns.${field}`) ? t(`declarations.csvColumns.${field}`) : field;
    const result = await importDeclarations(db, actor, new Uint8Array(await file.arrayBuffer()), {
      today: shanghaiDay(new Date()),
      fileName: file.name,
      describe: (e) => [column(e.field), text(e.issue)],
    });
    if (result.ok) {
      refreshFigures();
      const amount = formatCnyCompact(result.totalFen, await getUiLocale());
      return { ok: true, message: t("declarations.importPage.done", { count: result.written, amount }) };
    }
    if (result.reason === "forbidden") return fail(FORBIDDEN);
    if (result.reason === "file") return { ok: false, message: text(result.issue) };
    return {
      ok: false,
      message: t("declarations.importPage.failed", { count: result.errors.length }),
      data: {
        errors: result.errors
          .slice(0, ERRORS_SHOWN)
          .map((e) => ({ line: e.line, column: column(e.field), message: text(e.issue) })),
        more: Math.max(0, result.errors.length - ERRORS_SHOWN),
        reportHref: `/merchant/declarations/import/${result.jobId}`,
      },
    };
  },
});
