"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { createDeclaration } from "@/lib/server/declarations/create-declaration";
import { deleteDeclaration } from "@/lib/server/declarations/delete-declaration";
import { importDeclarations } from "@/lib/server/declarations/import-declarations";
import type { FieldIssue } from "@/lib/server/declarations/prepare-declarations";
import { shanghaiDay } from "@/lib/time/shanghai";
import { declarationSchema } from "@/lib/validation/declaration";
import { formatCnyCompact } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { recordId } from "@/lib/validation/text";
import { merchantActor } from "@/lib/server/auth/merchant-actor";

export type DeclarationFormState = { message?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };
export type DeleteState = { ok?: boolean; message?: string };
export type ImportState = {
  ok?: boolean;
  message?: string;
  errors?: { line: number; column: string; message: string }[];
  more?: number;
  reportHref?: string;
};

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const ERRORS_SHOWN = 50;

/** The declaration use cases' actor: the signed-in member of an approved, active merchant, or null. */
async function actor() {
  const merchant = await merchantActor();
  return merchant && { userId: merchant.id, merchantId: merchant.merchantId };
}

async function issueText() {
  const t = await getTranslations("dataValidation");
  return (issue: FieldIssue) => (t.has(issue.key) ? t(issue.key as "invalid", issue.values ?? {}) : t("invalid"));
}

export async function createDeclarationAction(
  _prev: DeclarationFormState,
  formData: FormData,
): Promise<DeclarationFormState> {
  const [t, tv] = await Promise.all([getTranslations(), getTranslations("dataValidation")]);
  const values = formToObject(formData) as Record<string, string>;
  const who = await actor();
  if (!who) return { message: t("declarations.forbidden"), values };
  const parsed = declarationSchema(shanghaiDay(new Date())).safeParse(values);
  if (!parsed.success)
    return { message: t("validation.fixFields"), fieldErrors: translateFieldErrors(parsed.error, tv), values };
  const result = await createDeclaration(db, who, parsed.data);
  if (!result.ok) {
    if (result.reason === "forbidden") return { message: t("declarations.forbidden"), values };
    const text = await issueText();
    const fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([field, issue]) => [field, text(issue)]),
    );
    return { message: t("validation.fixFields"), fieldErrors, values };
  }
  revalidatePath("/merchant", "layout");
  revalidatePath("/admin", "layout");
  redirect(`/merchant/declarations?created=${encodeURIComponent(result.id)}`);
}

export async function deleteDeclarationAction(_prev: DeleteState, formData: FormData): Promise<DeleteState> {
  const t = await getTranslations("declarations");
  const who = await actor();
  if (!who) return { ok: false, message: t("forbidden") };
  const id = recordId().safeParse(formData.get("declarationId"));
  if (!id.success) return { ok: false, message: t("delete.notFound") };
  const result = await deleteDeclaration(db, who, id.data);
  if (!result.ok) return { ok: false, message: t("delete.notFound") };
  revalidatePath("/merchant", "layout");
  revalidatePath("/admin", "layout");
  return { ok: true, message: t("deleted") };
}

export async function importDeclarationsAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const [t, locale] = await Promise.all([getTranslations("declarations"), getUiLocale()]);
  const who = await actor();
  if (!who) return { ok: false, message: t("forbidden") };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: t("importPage.noFile") };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: t("importPage.tooLarge") };
  const text = await issueText();
  const column = (field: string) =>
    t.has(`csvColumns.${field}`) ? t(`csvColumns.${field}` as "csvColumns.row") : field;
  const result = await importDeclarations(db, who, new Uint8Array(await file.arrayBuffer()), {
    today: shanghaiDay(new Date()),
    fileName: file.name,
    describe: (e) => [column(e.field), text(e.issue)],
  });
  if (result.ok) {
    revalidatePath("/merchant", "layout");
    revalidatePath("/admin", "layout");
    return {
      ok: true,
      message: t("importPage.done", { count: result.written, amount: formatCnyCompact(result.totalFen, locale) }),
    };
  }
  if (result.reason === "forbidden") return { ok: false, message: t("forbidden") };
  if (result.reason === "file") return { ok: false, message: text(result.issue) };
  return {
    ok: false,
    message: t("importPage.failed", { count: result.errors.length }),
    errors: result.errors
      .slice(0, ERRORS_SHOWN)
      .map((e) => ({ line: e.line, column: column(e.field), message: text(e.issue) })),
    more: Math.max(0, result.errors.length - ERRORS_SHOWN),
    reportHref: `/merchant/declarations/import/${result.jobId}`,
  };
}
